"""`diptych check`: each class of error on its own broken fixture, reported
as path:line: message, with exit 1; the intact fixture passes with exit 0."""

import shutil
from pathlib import Path

import pytest

from viewer.cli import main


def run_check(capsys, corpus: Path) -> tuple[int, str, str]:
    code = main(["check", str(corpus)])
    out, err = capsys.readouterr()
    return code, out, err


def test_intact_corpus_passes(capsys, corpus_dir):
    code, out, err = run_check(capsys, corpus_dir)
    assert code == 0
    assert out.strip() == "2 documents, 5 block pairs, OK"
    assert err == ""


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def missing_file(root):
    (root / "beta" / "en.md").unlink()
    return "beta/en.md:1:", "missing file"


def toml_syntax(root):
    replace(root / "beta" / "meta.toml", 'kind = "news-item"', "kind = news-item")
    return "beta/meta.toml:4:", "TOML syntax error"


def missing_key(root):
    replace(root / "beta" / "meta.toml", '[publisher]\nru = "Казинформ"\nen = "Kazinform"\n', "")
    return "beta/meta.toml:1:", "missing key publisher"


def unknown_key(root):
    replace(root / "beta" / "meta.toml", 'kind = "news-item"', 'kind = "news-item"\nauthor = "X"')
    return "beta/meta.toml:5:", "unknown key author"


def notes_out_of_step(root):
    replace(
        root / "alpha" / "meta.toml", 'ru = ["Объединён абзац', 'ru = ["Лишнее.", "Объединён абзац'
    )
    return "alpha/meta.toml:23:", "notes.ru has 2 items but notes.en has 1"


def invalid_date(root):
    replace(root / "alpha" / "meta.toml", '"2018-11-08"', '"2018-13-08"')
    return "alpha/meta.toml:2:", "invalid date 2018-13-08"


def duplicate_id(root):
    shutil.copytree(root / "beta", root / "gamma")
    return "gamma/meta.toml:1:", "duplicate id beta"


def inserted_block(root):
    replace(root / "alpha" / "ru.md", "- Противодействие", "Лишний абзац.\n\n- Противодействие")
    return (
        "alpha/en.md:7:",
        "block 3 differs in kind: paragraph in ru.md (line 7), list item in en.md: «Лишний абзац.»",
    )


def extra_block(root):
    (root / "beta" / "ru.md").write_text("Первый.\n\nВторой абзац.\n", encoding="utf-8")
    return "beta/ru.md:3:", "ru.md has 2 blocks but en.md has 1: block 2 has no counterpart"


def kind_mismatch(root):
    replace(root / "alpha" / "en.md", "- Countering", "Countering")
    return (
        "alpha/en.md:7:",
        "block 3 differs in kind: list item in ru.md (line 7), paragraph in en.md",
    )


def unbalanced_marks(root):
    replace(root / "alpha" / "en.md", "alone.==", "alone.")
    return "alpha/en.md:3:", "unbalanced =="


def raw_html(root):
    replace(root / "beta" / "en.md", "preventive", "<b>preventive</b>")
    return "beta/en.md:1:", "raw HTML <b>"


def image(root):
    replace(root / "beta" / "en.md", "preventive", "![x](/etc/passwd) preventive")
    return "beta/en.md:1:", "Markdown link or image ![x](/etc/passwd)"


def file_link(root):
    replace(root / "beta" / "en.md", "preventive", "[link](file:///etc/passwd)")
    return "beta/en.md:1:", "Markdown link or image [link](file:///etc/passwd)"


def autolink(root):
    replace(root / "beta" / "en.md", "preventive", "<http://example.com> preventive")
    return "beta/en.md:1:", "Markdown link or image <http://example.com>"


def reference_definition(root):
    path = root / "alpha" / "en.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n[ref]: http://example.com\n")
    (root / "alpha" / "ru.md").write_text(
        (root / "alpha" / "ru.md").read_text(encoding="utf-8") + "\nАбзац.\n"
    )
    line = path.read_text(encoding="utf-8").splitlines().index("[ref]: http://example.com") + 1
    return f"alpha/en.md:{line}:", "Markdown reference definition [ref]: http://example.com"


def glossary_term_not_a_table(root):
    (root / "glossary.toml").write_text("term = [1, 2]\n", encoding="utf-8")
    return "glossary.toml:1:", "term must be an array of tables"


def glossary_note_a_table(root):
    replace(root / "glossary.toml", "[[term]]\n", "[[term]]\nnote = { a = 1 }\n")
    return "glossary.toml:", "note must be a string"


def toml_nested_deep(root):
    (root / "glossary.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    return "glossary.toml:1:", "TOML arrays or tables nested too deep"


def toml_table_nested_deep(root):
    (root / "beta" / "meta.toml").write_text("x = " + "{a=" * 5000 + "1" + "}" * 5000 + "\n")
    return "beta/meta.toml:1:", "TOML arrays or tables nested too deep"


def nul_character(root):
    replace(root / "alpha" / "en.md", "attach great", "attach\x00great")
    return "alpha/en.md:4:", "control character U+0000"


def emphasis_nested_deep(root):
    replace(root / "beta" / "en.md", "preventive", "*" * 300 + "preventive" + "*" * 300)
    return "beta/en.md:1:", "formatting nested more than 8 deep"


def huge_block(root):
    replace(root / "beta" / "en.md", "preventive", "[" * 30_000 + "preventive")
    return "beta/en.md:1:", "block of 30"


def empty_document(root):
    for lang in ("ru", "en"):
        (root / "beta" / f"{lang}.md").write_text("\n\n", encoding="utf-8")
    return "beta/ru.md:1:", "empty document"


def unused_glossary_form(root):
    replace(root / "glossary.toml", '"ОДКБ"', '"НАТО"')
    return "glossary.toml:4:", "glossary form «НАТО» (ru) never occurs in the corpus"


BREAKAGES = [
    missing_file,
    toml_syntax,
    missing_key,
    unknown_key,
    notes_out_of_step,
    invalid_date,
    duplicate_id,
    inserted_block,
    extra_block,
    kind_mismatch,
    unbalanced_marks,
    raw_html,
    image,
    file_link,
    autolink,
    reference_definition,
    glossary_term_not_a_table,
    glossary_note_a_table,
    toml_nested_deep,
    toml_table_nested_deep,
    nul_character,
    emphasis_nested_deep,
    huge_block,
    empty_document,
    unused_glossary_form,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__)
def test_each_error_is_reported_with_path_and_line(capsys, corpus_dir, breakage):
    location, message = breakage(corpus_dir)
    code, _out, err = run_check(capsys, corpus_dir)
    assert code == 1
    lines = [line for line in err.splitlines() if location in line]
    assert any(message in line for line in lines), err
    assert "errors" in err.splitlines()[-1]


def test_warnings_do_not_fail(capsys, corpus_dir):
    replace(corpus_dir / "alpha" / "meta.toml", 'date = "2018-11-08"\n', "")
    code, out, _err = run_check(capsys, corpus_dir)
    assert code == 0
    assert "warning: undated document without a date_note" in out
    assert out.strip().endswith("OK (1 warnings)")
