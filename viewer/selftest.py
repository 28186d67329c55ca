"""`diptych --self-test`: a run of the app's own code paths, offscreen, in a
data folder of its own, so that an installation can be checked on a machine
with no display and without touching the reader's data. It opens the main
window, checks that its icon draws (the bundle's SVG icon engine), opens
every document, searches in each language, bookmarks a paragraph through
the window's command and exports it to a PDF, then says in one line how it
went."""

import os
import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

translate = QCoreApplication.translate

ICON_SIZE = 32
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
# The offscreen platform says so of each window it cannot size by hints:
# true, and nothing the person running the self-test can act on.
_PLATFORM_NOTICE = "This plugin does not support"


def _quiet_platform(mode, context, text: str) -> None:
    if not text.startswith(_PLATFORM_NOTICE):
        print(text, file=sys.stderr)


class Failed(Exception):
    """What went wrong, in words for the person running the self-test."""


def run_self_test(corpus_dir: Path | None = None) -> int:
    """0 after printing a one-line report, or 1 after printing what failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from viewer.gui.app import create_app

    qInstallMessageHandler(_quiet_platform)
    app = create_app()
    with tempfile.TemporaryDirectory(prefix="diptych-self-test-") as folder:
        try:
            report = _run(app, Path(folder), corpus_dir)
        except Failed as failure:
            what = str(failure)
        except Exception as error:  # finding the app's own faults is the point
            what = f"{type(error).__name__}: {error}"
        else:
            print(report)
            return 0
    print(translate("SelfTest", "Self-test failed: {what}").format(what=what), file=sys.stderr)
    return 1


def _run(app, data_dir: Path, corpus_dir: Path | None) -> str:
    from viewer.core.context import AppContext
    from viewer.gui.app import open_window

    context = AppContext(data_dir, corpus_dir)
    if context.notices:
        raise Failed(context.notices[0].text())
    corpus = context.corpus
    if corpus.errors:  # among them, a corpus with no document
        raise Failed(corpus.errors[0].text())
    window = open_window(app, context)
    try:
        window.show()
        if window.windowIcon().pixmap(ICON_SIZE, ICON_SIZE).isNull():
            raise Failed(translate("SelfTest", "the application icon does not load"))
        for document in corpus.documents:
            if not window.navigate(document.id, 1) or window.view.current is not document:
                raise Failed(
                    translate("SelfTest", "the document {doc} does not open").format(
                        doc=document.id
                    )
                )
            app.processEvents()
        searches = _search(context)
        pages = _annotate_and_export(app, window, context, data_dir / "self-test.pdf")
    finally:
        window.close()
        context.annotations.close()
    return translate(
        "SelfTest",
        "Self-test passed: {docs} documents opened, {searches} searches, a bookmark made"
        " and a PDF of {pages} pages exported.",
    ).format(docs=len(corpus.documents), searches=searches, pages=pages)


def _search(context) -> int:
    """Search each language for a word of the corpus itself, in this
    process, with the engine the window's search panel uses."""
    from viewer.core.model import LANGS
    from viewer.core.search import Filters, open_engine

    engine, _note = open_engine(context.corpus, context.dirs.cache)
    for lang in LANGS:
        word = _a_word(context.corpus, lang)
        result = engine.search(word, Filters(langs=(lang,)), limit=5, correct=False)
        if not result.hits:
            raise Failed(
                translate("SelfTest", "a search for «{word}» ({lang}) found nothing").format(
                    word=word, lang=lang
                )
            )
    return len(LANGS)


def _a_word(corpus, lang: str) -> str:
    """The first long word of the corpus in `lang`: one a search must find."""
    for document in corpus.documents:
        for pair in document.pairs:
            for word in re.findall(r"\w{5,}", pair.text(lang).plain):
                if word.isalpha():
                    return word
    raise Failed(translate("SelfTest", "the corpus has no text in {lang}").format(lang=lang))


def _annotate_and_export(app, window, context, out: Path) -> int:
    """Bookmark the first paragraph as the reader would, export the
    bookmarks to `out` and check the file; the number of its pages."""
    from viewer.core.atomic import write_atomic
    from viewer.export.excerpts import Choice, excerpts
    from viewer.export.pdf import Options, render

    window.navigate(context.corpus.documents[0].id, 1)
    app.processEvents()
    window.actions.bookmark.trigger()
    annotations = context.annotations.all()
    if not any(a.kind == "bookmark" for a in annotations):
        raise Failed(translate("SelfTest", "the bookmark was not saved"))
    chosen = excerpts(context.corpus, annotations, Choice(bookmarks=True))
    write_atomic(out, render(chosen, Options(language=context.language)))
    return pdf_pages(out)


def pdf_pages(path: Path) -> int:
    """The number of pages of the PDF at `path`, read without a PDF library
    (the installed app has none); Failed when it is no PDF with pages."""
    data = path.read_bytes()
    pages = len(_PAGE.findall(data))
    if not data.startswith(b"%PDF-") or pages == 0:
        raise Failed(
            translate("SelfTest", "the exported PDF {path} is not valid").format(path=path)
        )
    return pages
