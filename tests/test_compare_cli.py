"""`diptych compare` and the checker's part in the difference flags: a flag
on the edition's translation is a warning until it is fixed or recorded as
intended in meta.toml; a record no flag answers is stale."""

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from viewer.cli import main
from viewer.core.checker import check_corpus
from viewer.core.paths import default_corpus_dir

INTENDED = """
[[intended]]
paragraph = 2
kind = "number"
only_in = "en"
value = "2017"
reason = {{ ru = "Год добавлен для ясности.", en = "{reason}" }}
"""


def add_year(corpus: Path) -> None:
    """Our English of alpha ¶2 gains a year the official Russian has not."""
    path = corpus / "alpha" / "en.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("importance to joint efforts.", "importance to joint efforts in 2017.")
    )


def compare(capsys, data: Path, *args: str, corpus: Path | None = None) -> tuple[int, str, str]:
    options = ["--data-dir", str(data)] + (["--corpus", str(corpus)] if corpus else [])
    code = main([*options, "compare", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_prints_each_flag_of_a_document_in_words(capsys, corpus_dir, tmp_path):
    add_year(corpus_dir)
    code, out, err = compare(capsys, tmp_path / "d", "alpha", corpus=corpus_dir)
    assert code == 0, err
    assert out.splitlines() == [
        "alpha ¶2 number en: The English has 2017; the Russian paragraph does not.",
        "Differences: 1 (documents compared: 1)",
    ]


def test_compare_json_lists_the_flags_of_the_whole_corpus(capsys, corpus_dir, tmp_path):
    add_year(corpus_dir)
    code, out, _err = compare(capsys, tmp_path / "d", "--all", "--json", corpus=corpus_dir)
    assert code == 0
    flags = json.loads(out)
    assert [{k: f[k] for k in ("doc", "paragraph", "kind", "only_in", "value")} for f in flags] == [
        {"doc": "alpha", "paragraph": 2, "kind": "number", "only_in": "en", "value": "2017"}
    ]
    assert flags[0]["message"] == "The English has 2017; the Russian paragraph does not."
    assert flags[0]["translation"] is True


def test_compare_of_an_unknown_document_names_the_known_ones(capsys, tmp_path):
    with pytest.raises(SystemExit) as raised:
        main(["--data-dir", str(tmp_path), "--corpus", str(FIXTURES / "corpus"), "compare", "nope"])
    assert raised.value.code == 2
    assert "alpha, beta" in capsys.readouterr().err


def test_compare_needs_a_document_or_all(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "compare"])
    assert "DOC_ID" in capsys.readouterr().err


def test_the_edition_lists_only_differences_between_official_versions(capsys, tmp_path):
    code, out, _err = compare(capsys, tmp_path, "--all", "--json")
    assert code == 0
    flags = json.loads(out)
    assert flags and all(not f["translation"] for f in flags)
    assert {(f["doc"], f["paragraph"], f["value"]) for f in flags} == {
        ("unrcca-ashgabat-declaration-2017", 2, "Turkmenistan"),
        ("unrcca-ashgabat-declaration-2017", 8, "Ашхабад"),
        (
            "unrcca-ashgabat-declaration-2017",
            13,
            "Региональный центр Организации Объединенных"
            " Наций по превентивной дипломатии для Центральной Азии",
        ),
    }


def warnings_of(corpus: Path) -> list[str]:
    _corpus, problems = check_corpus(corpus)
    return [str(p) for p in problems if p.severity == "warning"]


def test_a_flag_on_our_translation_is_a_checker_warning_at_its_block(corpus_dir):
    assert warnings_of(corpus_dir) == []
    add_year(corpus_dir)
    (warning,) = warnings_of(corpus_dir)
    assert warning.startswith(
        f"{corpus_dir / 'alpha' / 'en.md'}:3: warning: ¶2: The English has 2017;"
    )
    assert "record the difference as intended" in warning


def test_a_difference_recorded_as_intended_is_neither_warned_of_nor_listed(
    capsys, corpus_dir, tmp_path
):
    add_year(corpus_dir)
    meta = corpus_dir / "alpha" / "meta.toml"
    meta.write_text(meta.read_text(encoding="utf-8") + INTENDED.format(reason="Added for clarity."))
    assert warnings_of(corpus_dir) == []
    assert main(["check", str(corpus_dir)]) == 0
    capsys.readouterr()
    _code, out, _err = compare(capsys, tmp_path / "d", "--all", corpus=corpus_dir)
    documents = sum(1 for path in corpus_dir.iterdir() if (path / "meta.toml").is_file())
    assert out.splitlines() == [f"Differences: 0 (documents compared: {documents})"]


def test_an_intended_record_no_flag_answers_is_stale(corpus_dir):
    meta = corpus_dir / "alpha" / "meta.toml"
    meta.write_text(meta.read_text(encoding="utf-8") + INTENDED.format(reason="Added for clarity."))
    (warning,) = warnings_of(corpus_dir)
    line = meta.read_text(encoding="utf-8").splitlines().index("[[intended]]") + 1
    assert warning.startswith(f"{meta}:{line}: warning: intended difference ¶2 (number «2017»)")


@pytest.mark.parametrize(
    ("record", "said"),
    [
        (
            'paragraph = 2\nkind = "year"\nvalue = "2017"\nreason = { ru = "а", en = "b" }',
            "unknown intended kind year",
        ),
        (
            'paragraph = 0\nkind = "number"\nvalue = "2017"\nreason = { ru = "а", en = "b" }',
            "intended.paragraph must be",
        ),
        (
            'paragraph = 9\nkind = "number"\nvalue = "2017"\nreason = { ru = "а", en = "b" }',
            "intended difference in paragraph 9, but the document has 4",
        ),
        (
            'paragraph = 2\nkind = "number"\nvalue = "2017"\nreason = { ru = "а" }',
            "intended.reason must be a table with ru and en",
        ),
        (
            'paragraph = 2\nkind = "number"\nvalue = "2017"\nreason = { ru = "а", en = "b" }\n'
            'only_in = "de"',
            "intended.only_in must be ru or en",
        ),
        (
            'paragraph = 2\nkind = "number"\nreason = { ru = "а", en = "b" }',
            "missing key intended.value",
        ),
        (
            'paragraph = 2\nkind = "number"\nvalue = "2017"\nreason = { ru = "а", en = "b" }\n'
            "why = 1",
            "unknown key intended.why",
        ),
    ],
)
def test_a_wrong_intended_record_is_an_error_at_its_line(capsys, corpus_dir, record, said):
    meta = corpus_dir / "alpha" / "meta.toml"
    before = meta.read_text(encoding="utf-8")
    meta.write_text(before + "\n[[intended]]\n" + record + "\n")
    line = len(before.splitlines()) + 2
    assert main(["check", str(corpus_dir)]) == 1
    err = capsys.readouterr().err
    assert f"alpha/meta.toml:{line}: error: {said}" in err


def test_the_shipped_edition_checks_without_translation_warnings():
    _corpus, problems = check_corpus(default_corpus_dir())
    assert [str(p) for p in problems] == []
