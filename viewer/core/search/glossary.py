"""How the index names glossary terms: each block pair lists the ids of the
terms it mentions (worked out once, when the index is built, so a query for
a term is one lookup however many long forms the term has)."""


def term_id(index: int) -> str:
    return f"t{index}"
