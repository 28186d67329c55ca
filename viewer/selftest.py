"""`diptych --self-test`: a run of the app's own code paths, offscreen, in a
data folder of its own, so that an installation can be checked on a machine
with no display and without touching the reader's data. It opens the main
window, checks that its icon draws (the bundle's SVG icon engine), opens
every document, searches in each language, imports a document of two files
(Russian text in a Windows code page, English in Word) into its library,
opens and finds it, bookmarks a paragraph through the window's command and
exports it to a PDF, then says in one line how it went."""

import os
import re
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

translate = QCoreApplication.translate

ICON_SIZE = 32
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
# The offscreen platform says so of each window it cannot size by hints:
# true, and nothing the person running the self-test can act on.
_PLATFORM_NOTICE = "This plugin does not support"

# The document the self-test imports, a pair of paragraphs per language.
SAMPLE_RU = (
    "Совместное заявление о сотрудничестве в борьбе с терроризмом",
    "Министры иностранных дел стран Центральной Азии встретились в Ташкенте"
    " и согласовали совместный план действий.",
)
SAMPLE_EN = (
    "Joint statement on cooperation in countering terrorism",
    "The foreign ministers of the Central Asian countries met in Tashkent"
    " and agreed on a joint plan of action.",
)
# A Russian text in a legacy code page goes through the encoding detector.
SAMPLE_ENCODING = "cp1251"
# The least of a Word document: no styles part, so that python-docx reads
# its own default styles, as it does for documents some converters write.
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels"'
        ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
    ),
}


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
        from viewer.core.search import open_engine

        # The engine the window's search panel uses, in this process. The
        # panel keeps its own on the cache folder, in its thread: two engines
        # adding the import to one index would contend for its lock.
        engine, _note = open_engine(corpus, data_dir / "self-test-cache")
        searches = _search(engine, corpus.documents)
        imported = _import(app, window, context, data_dir / "sources")
        engine.follow(context.corpus)  # as the window's search does after an import
        searches += _search(engine, [imported], imported.id)
        pages = _annotate_and_export(app, window, context, data_dir / "self-test.pdf")
    finally:
        window.close()
        context.annotations.close()
    return translate(
        "SelfTest",
        "Self-test passed: {docs} documents opened, {searches} searches, a document imported,"
        " a bookmark made and a PDF of {pages} pages exported.",
    ).format(docs=len(corpus.documents), searches=searches, pages=pages)


def _search(engine, documents, doc_id: str = "") -> int:
    """Search each language for a word of `documents`, in the document
    `doc_id` alone when given; the number of searches."""
    from viewer.core.model import LANGS
    from viewer.core.search import Filters

    for lang in LANGS:
        word = _a_word(documents, lang)
        filters = Filters(langs=(lang,), docs=(doc_id,) if doc_id else ())
        result = engine.search(word, filters, limit=5, correct=False)
        if not result.hits:
            raise Failed(
                translate("SelfTest", "a search for «{word}» ({lang}) found nothing").format(
                    word=word, lang=lang
                )
            )
    return len(LANGS)


def _a_word(documents, lang: str) -> str:
    """The first long word of `documents` in `lang`: one a search must find."""
    for document in documents:
        for pair in document.pairs:
            for word in re.findall(r"\w{5,}", pair.text(lang).plain):
                if word.isalpha():
                    return word
    raise Failed(translate("SelfTest", "the corpus has no text in {lang}").format(lang=lang))


def _import(app, window, context, folder: Path):
    """Import the sample document as the window does, from two files: read,
    aligned, saved into the library, and opened in the window, which
    follows the library. The document saved."""
    from viewer.core.importing import ImportRefused
    from viewer.core.importing.draft import draft_for
    from viewer.core.importing.save import proposed_details, save
    from viewer.core.importing.split import read_sources
    from viewer.core.model import Bilingual

    folder.mkdir()
    ru, en = folder / "ru.txt", folder / "en.docx"
    ru.write_bytes("\n\n".join(SAMPLE_RU).encode(SAMPLE_ENCODING))
    write_docx(en, SAMPLE_EN)
    library = context.library
    try:
        split = read_sources([ru, en])
        read = (tuple(p.text for p in split.ru), tuple(p.text for p in split.en))
        if read != (SAMPLE_RU, SAMPLE_EN):
            raise Failed(translate("SelfTest", "the sample document is read wrongly"))
        details = proposed_details(split.ru, split.en, context.corpus, library.taken)
        details = details._replace(status=Bilingual("official", "official"))
        proposal = draft_for(split.ru, split.en, context.corpus, context.dirs.cache)
        document = save(library.own_dir, details, proposal, library.taken)
    except ImportRefused as refused:
        raise Failed(
            translate("SelfTest", "the sample document is not imported: {reason}").format(
                reason=refused.reason.text()
            )
        ) from None
    library.reload()
    if not window.navigate(document.id, 1) or window.view.current.id != document.id:
        raise Failed(
            translate("SelfTest", "the document {doc} does not open").format(doc=document.id)
        )
    app.processEvents()
    return context.corpus.document(document.id)


def write_docx(path: Path, paragraphs) -> None:
    """A Word document of `paragraphs`, written without python-docx: the
    self-test checks how the app reads Word, not how it could write it."""
    body = "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs)
    parts = {
        **_DOCX_PARTS,
        "word/document.xml": f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)


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
