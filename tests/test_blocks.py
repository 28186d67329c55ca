from viewer.core.blocks import HEADING, ITEM, PARAGRAPH, QUOTE, split_blocks


def test_blocks_are_separated_by_blank_lines_and_joined_within():
    blocks = split_blocks("# Title\n\nfirst line\nsecond line\n\n\n- item\n\n> quoted\n> more\n")
    assert [(b.kind, b.level, b.text, b.line) for b in blocks] == [
        (HEADING, 1, "Title", 1),
        (PARAGRAPH, 0, "first line second line", 3),
        (ITEM, 0, "item", 7),
        (QUOTE, 0, "quoted more", 9),
    ]


def test_numbered_items_and_deeper_headings():
    blocks = split_blocks("### Sub\n\n12. twelfth\n\n2006 was the year")
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (HEADING, 3, "Sub"),
        (ITEM, 0, "twelfth"),
        (PARAGRAPH, 0, "2006 was the year"),
    ]


def test_whitespace_only_lines_separate_blocks():
    assert len(split_blocks("one\n   \ntwo")) == 2
    assert split_blocks("\n\n  \n") == []
