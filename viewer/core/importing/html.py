"""HTML reduced to its text and structure: headings, list items and
paragraphs. The standard library's parser only tokenises: nothing named
in the page (images, frames, scripts, styles, links) is fetched, run or
kept, and the text is never shown as HTML."""

from html.parser import HTMLParser

from viewer.core.importing.paragraphs import HEADING, ITEM, PARAGRAPH, Para, para

# Elements whose content is not the document's text.
_SKIPPED = {
    "script", "style", "template", "iframe", "object", "embed", "noscript",
    "svg", "math", "head", "select", "textarea", "button", "canvas", "video", "audio",
}  # fmt: skip
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
# Elements that end the paragraph before them and begin a new one.
_BLOCKS = {
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
    "table", "tr", "td", "th", "caption", "section", "article", "header", "footer",
    "aside", "nav", "main", "figure", "figcaption", "address", "body", "html", "form",
    "fieldset", "legend", "details", "summary",
    *_HEADINGS,
}  # fmt: skip
_VOID = {
    "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "wbr", "embed",
}  # fmt: skip


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras: list[Para] = []
        self.parts: list[str] = []
        self.skipping: list[str] = []  # the skipped elements open now
        self.kinds: list[tuple[str, str, int]] = []  # open heading and item elements

    def handle_starttag(self, tag, attrs):
        if tag == "body" and self.skipping == ["head"]:
            self.skipping = []  # a head left open ends where the body begins
        if self.skipping:
            if tag == self.skipping[-1] or (tag in _SKIPPED and tag not in _VOID):
                self.skipping.append(tag)
            return
        if tag in _SKIPPED:
            self.flush()
            if tag not in _VOID:
                self.skipping.append(tag)
            return
        if tag in _BLOCKS:
            self.flush()
        if tag in _HEADINGS:
            self.kinds.append((tag, HEADING, _HEADINGS[tag]))
        elif tag == "li":
            self.kinds.append((tag, ITEM, 0))

    def handle_startendtag(self, tag, attrs):
        if not self.skipping and tag in _BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in _BLOCKS:
            self.flush()
        if self.kinds and self.kinds[-1][0] == tag:
            self.kinds.pop()

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)

    def flush(self):
        kind, level = (self.kinds[-1][1], self.kinds[-1][2]) if self.kinds else (PARAGRAPH, 0)
        if made := para("".join(self.parts), kind, level):
            self.paras.append(made)
        self.parts = []


def from_html(text: str) -> list[Para]:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    reader.flush()
    return reader.paras


def looks_like_html(text: str) -> bool:
    """Whether a text file is a web page: it opens with a doctype or an
    <html> element, or holds a <body>."""
    start = text.lstrip()[:1024].lower()
    return start.startswith(("<!doctype html", "<html")) or "<body" in text[:65536].lower()
