import json

import pytest

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
    assert out.out.endswith("\nHits: 1\n")


def test_malformed_query_gives_a_hint_not_an_error(capsys, tmp_path):
    code, out = run(capsys, tmp_path, '"-*~ OR')
    assert code == 0
    assert 'Nothing found for «"-*~ OR».' in out.out
    assert " of 0 hits" not in out.out


def test_a_query_may_start_with_a_minus(capsys, tmp_path):
    """An exclusion is a query, not an option: alone it gets the hint."""
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, tmp_path, "-terrorism")
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Add a word to look for: a minus sign only excludes." in err
    assert "unrecognized arguments" not in err and "expected one argument" not in err


def test_the_query_is_every_word_that_is_no_option(capsys, tmp_path):
    code, out = run(capsys, tmp_path, "ООН", "-ОДКБ", "--json", "--lang", "ru")
    assert code == 0
    assert [h["doc"] for h in json.loads(out.out)["hits"]] == ["beta"]
    code, out = run(capsys, tmp_path, "--json", "--", "-ОДКБ", "ООН")
    assert [h["doc"] for h in json.loads(out.out)["hits"]] == ["beta"]


def test_an_empty_query_says_so(capsys, tmp_path):
    for query in ([], ["  "]):
        with pytest.raises(SystemExit) as exit_info:
            run(capsys, tmp_path, *query)
        assert exit_info.value.code == 2
        captured = capsys.readouterr()
        assert "The query is empty" in captured.err
        assert "hits" not in captured.out


def test_unknown_document_is_an_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, tmp_path, "ООН", "--doc", "gamma")
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "no document gamma in the corpus; its documents are: alpha, beta" in err


def test_missing_corpus_folder_is_an_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["--corpus", str(tmp_path / "absent"), "search", "ООН"])
    assert exit_info.value.code == 2
    assert "absent: corpus directory not found" in capsys.readouterr().err


@pytest.mark.parametrize("limit", ["0", "-3", "many"])
def test_limit_below_one_is_refused(capsys, tmp_path, limit):
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, tmp_path, "ООН", "--limit", limit)
    assert exit_info.value.code == 2
    assert f"{limit} is not a whole number of 1 or more" in capsys.readouterr().err


def test_corrections_are_said_and_can_be_refused(capsys, tmp_path):
    code, out = run(capsys, tmp_path, "diplomacyy")
    assert code == 0
    assert "showing results for «diplomacy»" in out.out
    assert "To search for «diplomacyy» as typed, add --as-typed." in out.out
    code, out = run(capsys, tmp_path, "diplomacyy", "--as-typed")
    assert "Nothing found for «diplomacyy»." in out.out


def test_index_command_builds_where_asked_and_the_app_uses_it(capsys, tmp_path):
    out = tmp_path / "bundle"
    code = main(["--corpus", str(FIXTURES / "corpus"), "index", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0 and "Index ready: 5 block pairs" in captured.out
    assert "5/5" in captured.err
    built = [p for p in (out / "index").iterdir() if not p.name.startswith(".")]
    assert len(built) == 1 and (built[0] / "manifest.json").exists()
