from viewer.core.render import render_inline


def test_key_passage_becomes_mark_with_plain_offsets():
    rendered = render_inline("Он сказал: ==Ни одна страна не может.== Конец")
    assert rendered.html == 'Он сказал: <mark class="key">Ни одна страна не может.</mark> Конец'
    start, end = rendered.marks[0]
    assert rendered.plain[start:end] == "Ни одна страна не может."


def test_raw_html_is_escaped_never_rendered():
    rendered = render_inline('a <script>alert(1)</script> & <b onclick="x">b</b>')
    assert "<script>" not in rendered.html and "<b " not in rendered.html
    assert "&lt;script&gt;" in rendered.html
    assert rendered.plain == 'a <script>alert(1)</script> & <b onclick="x">b</b>'


def test_inline_emphasis_and_nested_key_passage():
    rendered = render_inline("*em* ==**strong** key== tail")
    assert rendered.html == '<em>em</em> <mark class="key"><strong>strong</strong> key</mark> tail'
    assert rendered.plain == "em strong key tail"


def test_text_that_looks_like_block_syntax_stays_inline():
    for text in ("1. not a list", "# not a heading", "- not an item", "---"):
        rendered = render_inline(text)
        assert rendered.plain == text
        assert "<" not in rendered.html


def test_links_images_and_references_stay_their_source_text():
    """No rendered block names a file or an address for the reader to load."""
    for text in (
        "see ![x](/etc/passwd) here",
        "see [link](file:///etc/passwd) here",
        "see <http://example.com> and <a@b.example>",
        "[text][ref] [ref]",
        "[ref]: http://example.com/x",
        "www.un.org/CTITF and https://unrcca.unmissions.org/joint-plan-action",
    ):
        rendered = render_inline(text)
        assert "<img" not in rendered.html and "<a " not in rendered.html, text
        assert rendered.plain == text


def test_huge_or_deeply_nested_blocks_are_shown_as_plain_text():
    nested = "*" * 300 + "x" + "*" * 300
    rendered = render_inline(nested)
    assert rendered.plain_only == "nested"
    assert rendered.plain == nested and "<strong>" not in rendered.html
    huge = "[" * 30_000 + " <b>"
    rendered = render_inline(huge)
    assert rendered.plain_only == "long"
    assert rendered.plain == huge and "&lt;b&gt;" in rendered.html
    assert render_inline("*a* **b** ==c==").plain_only == ""
