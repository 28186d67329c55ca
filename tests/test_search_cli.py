import json

from tests.conftest import FIXTURES
from viewer.cli import main


def run(capsys, tmp_path, *args):
    code = main(
        ["--data-dir", str(tmp_path), "--corpus", str(FIXTURES / "corpus"), "search", *args]
    )
    return code, capsys.readouterr()


def test_json_hits_with_both_texts_and_notes(capsys, tmp_path):
    code, out = run(capsys, tmp_path, "CSTO", "--json")
    assert code == 0
    data = json.loads(out.out)
    hit = data["hits"][0]
    assert hit["doc"] == "alpha" and hit["paragraph"] == 2
    assert hit["matched"] == ["ru", "en"]
    assert hit["ru"].startswith("Мы, члены Совета") and hit["en"].startswith("We, the members")
    assert "(<mark>ОДКБ</mark>)" in hit["snippet"]  # the first matched language
    assert any("ОДКБ" in note for note in data["notes"])


def test_lang_doc_and_limit(capsys, tmp_path):
    _code, out = run(capsys, tmp_path, "ООН OR ОДКБ", "--lang", "ru", "--json", "--limit", "1")
    data = json.loads(out.out)
    assert len(data["hits"]) == 1 and data["total"] == 2
    _code, out = run(capsys, tmp_path, "ООН OR ОДКБ", "--doc", "beta", "--json")
    assert [h["doc"] for h in json.loads(out.out)["hits"]] == ["beta"]


def test_plain_output_brackets_hits(capsys, tmp_path):
    code, out = run(capsys, tmp_path, "превентивная дипломатия")
    assert code == 0
    assert "beta ¶1 [ru, en]" in out.out
    assert "вопросы [превентивной дипломатии] и роль" in out.out
    assert "discussed [preventive diplomacy] and" in out.out
    assert "1 of 1 hits" in out.out


def test_malformed_query_gives_a_hint_not_an_error(capsys, tmp_path):
    code, out = run(capsys, tmp_path, '"-*~ OR')
    assert code == 0
    assert "0 of 0 hits" in out.out


def test_index_command_builds_where_asked_and_the_app_uses_it(capsys, tmp_path):
    out = tmp_path / "bundle"
    code = main(["--corpus", str(FIXTURES / "corpus"), "index", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0 and "Index ready: 5 block pairs" in captured.out
    assert "5/5" in captured.err
    built = [p for p in (out / "index").iterdir() if not p.name.startswith(".")]
    assert len(built) == 1 and (built[0] / "manifest.json").exists()
