"""The reader's place in a document follows its text through a corrected
edition, as bookmarks do."""

from tests.reader_support import open_window
from viewer.core.settings import Settings


def insert_paragraph_at_top(corpus, doc="alpha"):
    for lang, text in (("ru", "Новый абзац в начале."), ("en", "A new paragraph at the start.")):
        path = corpus / doc / f"{lang}.md"
        lines = path.read_text(encoding="utf-8").split("\n\n", 1)
        path.write_text(f"{lines[0]}\n\n{text}\n\n{lines[1]}", encoding="utf-8")


def test_the_place_follows_its_text_into_a_corrected_edition(qtbot, tmp_path, corpus_dir):
    data = tmp_path / "data"
    window = open_window(qtbot, data, corpus_dir, size=(780, 300))
    window.navigate("alpha", 3)
    text = window.view.current.pairs[2].en.plain
    window.close()
    saved = Settings(data / "config")["reader/positions"]["alpha"]
    assert saved[0] == 3 and text in saved[1]

    insert_paragraph_at_top(corpus_dir)
    window = open_window(qtbot, data, corpus_dir, size=(780, 300))
    assert window.view.current.pairs[3].en.plain == text  # it moved down one
    assert window.view.top_paragraph() == 4
    window.close()


def test_a_place_saved_as_a_bare_number_still_opens_there(qtbot, tmp_path):
    data = tmp_path / "data"
    settings = Settings(data / "config")
    settings["reader/positions"] = {"alpha": 3}
    settings["reader/document"] = "alpha"
    settings.save()
    window = open_window(qtbot, data, size=(780, 300))
    assert window.view.top_paragraph() == 3
    window.close()
