"""Corpus text never reaches the file system or the network through the
views that show it, and the start-up warning says what happened."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from tests.conftest import FIXTURES
from viewer.gui.app import create_app, create_window
from viewer.gui.docinfo import DocumentInfo

HOSTILE = (
    "The sides discussed ![x]({secret}) [link](file://{secret}) <http://example.com>"
    " preventive diplomacy and the role of the UN."
)


def open_window(qtbot, data_dir, corpus):
    """A window whose search index is prebuilt: no search work outlives the test."""
    window = create_window(create_app(), data_dir(corpus), corpus)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isVisible)
    # Built now, the search panel's thread is stopped by the window's close;
    # built by its timer after a quick close, it would outlive the window.
    assert window.search is not None
    return window


def warning_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)))
    return next(box for box in window.findChildren(QMessageBox) if box.isVisible())


def test_images_and_links_in_corpus_text_are_shown_as_text(qtbot, tmp_path, data_dir, corpus_dir):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"SECRET")
    en = corpus_dir / "beta" / "en.md"
    en.write_text(
        HOSTILE.format(secret=secret) + "\n\n[ref]: http://example.com\n", encoding="utf-8"
    )
    ru = corpus_dir / "beta" / "ru.md"
    ru.write_text(ru.read_text(encoding="utf-8") + "\nАбзац.\n", encoding="utf-8")
    window = open_window(qtbot, data_dir, corpus_dir)
    warning_box(qtbot, window).close()
    window.library.list.setCurrentRow([d.id for d in window.context.corpus.documents].index("beta"))
    view = window.view
    qtbot.waitUntil(lambda: view.current is not None and view.current.id == "beta")
    html = view.toHtml()
    assert "<img" not in html and "href" not in html
    assert f"![x]({secret})" in view.toPlainText()
    assert "[ref]: http://example.com" in view.toPlainText()
    window.close()


def test_the_views_load_no_resource_named_by_text(qtbot, tmp_path, data_dir):
    """Even a document that names a file gets nothing from it."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"SECRET")
    window = open_window(qtbot, data_dir, FIXTURES / "corpus")
    info = DocumentInfo("en")
    qtbot.addWidget(info)
    for browser in (window.view, info):
        for url in (QUrl.fromLocalFile(str(secret)), QUrl(str(secret)), QUrl("http://example.com")):
            for kind in (
                QTextDocument.ResourceType.ImageResource,
                QTextDocument.ResourceType.HtmlResource,
            ):
                assert not browser.loadResource(kind, url)
    window.close()


def test_start_up_warning_says_which_documents_are_left_out(qtbot, data_dir, corpus_dir):
    beta = corpus_dir / "beta" / "en.md"
    beta.write_text(beta.read_text(encoding="utf-8").replace("preventive", "<b>preventive</b>"))
    (corpus_dir / "alpha" / "meta.toml").write_text("id = ", encoding="utf-8")
    window = open_window(qtbot, data_dir, corpus_dir)
    box = warning_box(qtbot, window)
    text = box.text()
    box.close()
    assert "beta/en.md:1: error: raw HTML <b>" in text
    assert "alpha/meta.toml:1: error: TOML syntax error" in text
    assert "left out" not in text.splitlines()[0]
    assert text.rstrip().endswith("Left out: alpha")
    assert [d.id for d in window.context.corpus.documents] == ["beta"]
    window.close()
