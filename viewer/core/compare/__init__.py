"""Difference flags between the Russian and English versions of each block
pair: numbers and dates (numbers), named entities (entities), quotations
(quotes), combined into `Flag` records (flags)."""

from viewer.core.compare.flags import Comparer, Flag, is_translation

__all__ = ["Comparer", "Flag", "is_translation"]
