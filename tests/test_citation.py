"""Copying: plain, with a citation, and both versions of a paragraph."""

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication

from tests.conftest import FIXTURES
from tests.reader_support import click, drag, open_window, point_of, press, window
from viewer.core.citation import cite, date_words, source_of
from viewer.core.loader import load_corpus
from viewer.core.settings import Settings

__all__ = ["window"]  # fixtures

SOURCE_RU = "Заявление о сотрудничестве, Астана, 8 ноября 2018 г."
SOURCE_EN = "Statement on cooperation, Astana, 8 November 2018"


def plain(window, paragraph: int, lang: str) -> str:
    return window.view.current.pairs[paragraph - 1].text(lang).plain


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def test_a_quotation_across_paragraphs_keeps_its_breaks(qtbot, window):
    view = window.view
    start = plain(window, 2, "ru").index("Ни одна")
    bullet = 2  # paragraph 3 is a list item: "• " comes before its text
    drag(view, point_of(view, 2, "ru", start), point_of(view, 3, "ru", bullet + 15))
    press(qtbot, window, "Ctrl+Shift+C")
    assert clipboard() == (
        "«Ни одна страна не может победить терроризм в одиночку.\n\nПротиводействие»"
        f" — {SOURCE_RU}, абз. 2–3 (русский, официальный)"
    )


def test_the_source_is_named_in_the_quotation_language(qtbot, tmp_path):
    settings = Settings(tmp_path / "data" / "config")
    settings["ui/language"] = "ru"
    settings.save()
    window = open_window(qtbot, tmp_path / "data")
    view = window.view
    start = plain(window, 2, "en").index("No one")
    drag(view, point_of(view, 2, "en", start), point_of(view, 2, "en", start + 14))
    press(qtbot, window, "Ctrl+Shift+C")
    assert clipboard() == (
        f"“No one country” — {SOURCE_EN}, para. 2 (English, unofficial translation)"
    )
    window.close()


def test_without_a_selection_the_paragraph_at_the_caret_is_quoted(qtbot, window):
    click(window.view, point_of(window.view, 2, "en", 5))
    press(qtbot, window, "Ctrl+Shift+C")
    assert clipboard() == (
        f"“{plain(window, 2, 'en')}” — {SOURCE_EN}, para. 2 (English, unofficial translation)"
    )


def test_copy_the_pair(qtbot, window):
    click(window.view, point_of(window.view, 2, "ru", 5))
    press(qtbot, window, "Ctrl+Alt+C")
    assert clipboard() == (
        f"«{plain(window, 2, 'ru')}» (русский, официальный)\n"
        f"“{plain(window, 2, 'en')}” (English, unofficial translation)\n"
        f"— {SOURCE_RU}, абз. 2"
    )
    assert window.actions.copy_pair in window.actions.copy_citation.parent().findChildren(
        type(window.actions.copy_pair)
    )


def test_copying_never_starts_with_a_blank_line_or_a_number(qtbot, window):
    view = window.view
    row_start = point_of(view, 2, "ru", 0)
    drag(view, QPoint(4, row_start.y()), point_of(view, 2, "ru", 10))
    press(qtbot, window, "Ctrl+C")
    assert clipboard() == plain(window, 2, "ru")[:10]
    press(qtbot, window, "Ctrl+A")
    press(qtbot, window, "Ctrl+C")
    assert clipboard().startswith("Заявление\n\nStatement\n\nМы, члены")


def test_an_inferred_date_is_said_in_the_quotation_language():
    beta = load_corpus(FIXTURES / "corpus").document("beta")
    source = source_of(beta, [1], "ru")
    assert cite("…", source) == (
        "«…» — ООН укрепляет сотрудничество, август 2024 г. (установлена по тексту), абз. 1"
        " (русский, оригинал)"
    )


def test_quotation_marks_inside_a_quotation_become_the_inner_pair():
    corpus = load_corpus(FIXTURES / "corpus")
    document = corpus.document("alpha")
    ru = cite("«Никто» не сказал «нет»", source_of(document, [2], "ru"))
    en = cite("“No one” said “no”", source_of(document, [2], "en"))
    assert ru.startswith("«„Никто“ не сказал „нет“» — ")
    assert en.startswith("“‘No one’ said ‘no’” — ")


def test_dates_are_written_out_in_the_quotations_language():
    assert date_words("2017-06-13", "ru") == "13 июня 2017 г."
    assert date_words("2017-06-13", "en") == "13 June 2017"
    assert date_words("2024-08", "ru") == "август 2024 г."
    assert date_words("2024-08", "en") == "August 2024"
    assert date_words("2019", "ru") == date_words("2019", "en") == "2019"
