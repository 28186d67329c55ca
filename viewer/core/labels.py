"""Translated names of the corpus's fixed vocabularies."""

from PySide6.QtCore import QCoreApplication

from viewer.core.model import Document

translate = QCoreApplication.translate


def language_name(lang: str) -> str:
    return {
        "ru": translate("Labels", "Russian"),
        "en": translate("Labels", "English"),
    }[lang]


def language_code(lang: str) -> str:
    """The short name on badges and column headers: RU, EN."""
    return {"ru": translate("Labels", "RU"), "en": translate("Labels", "EN")}[lang]


def status_name(status: str) -> str:
    return {
        "official": translate("Labels", "official"),
        "original": translate("Labels", "original"),
        "unofficial-translation": translate("Labels", "unofficial translation"),
    }.get(status, status)


def origin_name(origin: str) -> str:
    return {
        "edition": translate("Labels", "edition"),
        "imported": translate("Labels", "imported"),
    }.get(origin, origin)


def kind_name(kind: str) -> str:
    return {
        "press-release": translate("Labels", "press release"),
        "statement": translate("Labels", "statement"),
        "news-item": translate("Labels", "news item"),
        "web-page": translate("Labels", "web page"),
        "declaration": translate("Labels", "declaration"),
        "speech": translate("Labels", "speech"),
        "report": translate("Labels", "report"),
        "document": translate("Labels", "document"),
    }.get(kind, kind)


def date_text(document: Document) -> str:
    meta = document.meta
    if meta.date is None:
        return translate("Labels", "undated")
    if meta.date_inferred:
        return translate("Labels", "{date} (inferred)").format(date=meta.date.iso)
    return meta.date.iso


def term_kind_name(kind: str) -> str:
    """What a glossary term names."""
    return {
        "organisation": translate("Labels", "organisation"),
        "person": translate("Labels", "person"),
        "place": translate("Labels", "place"),
        "state": translate("Labels", "state"),
        "term": translate("Labels", "term"),
    }.get(kind, kind)
