"""Where a result row's excerpt of a paragraph begins."""

from viewer.core.search.results import excerpt_start

TEXT = "one two three four five six seven eight nine ten eleven twelve"


def test_a_hit_near_the_start_shows_the_start():
    assert excerpt_start(TEXT, TEXT.index("two"), 10, 20) == 0


def test_an_excerpt_begins_at_a_word_some_way_before_the_hit():
    start = excerpt_start(TEXT, TEXT.index("nine"), 12, 20)
    assert TEXT[start:].startswith("seven eight nine")


def test_a_hit_near_the_end_shows_as_much_as_fits_before_it():
    start = excerpt_start(TEXT, TEXT.index("twelve"), 5, 30)
    assert TEXT[start:] == "eight nine ten eleven twelve"
