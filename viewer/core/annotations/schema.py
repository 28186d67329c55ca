"""The annotations database's schema, as numbered migrations.

Migration N takes a database at version N-1 to version N; `PRAGMA
user_version` holds the version reached. A released migration never
changes: the next change is a new one at the end of the list.
"""

MIGRATIONS = (
    # 1: annotations, their tags in order, and a count of changes that tells
    # whether the database moved on since its newest backup.
    """
    CREATE TABLE annotation (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('bookmark', 'highlight', 'note')),
        doc TEXT NOT NULL,
        paragraph INTEGER NOT NULL CHECK (paragraph >= 1),
        lang TEXT CHECK (lang IN ('ru', 'en')),
        start INTEGER,
        "end" INTEGER,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        colour TEXT,
        note TEXT NOT NULL,
        label TEXT NOT NULL,
        detached INTEGER NOT NULL CHECK (detached IN (0, 1)),
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        CHECK ((lang IS NULL) = (start IS NULL) AND (start IS NULL) = ("end" IS NULL)),
        CHECK (start IS NULL OR (start >= 0 AND "end" > start)),
        CHECK ((kind = 'highlight') = (lang IS NOT NULL)),
        CHECK ((kind = 'highlight') = (colour IS NOT NULL))
    ) STRICT;
    CREATE INDEX annotation_place ON annotation (doc, paragraph);
    CREATE TABLE tag (
        annotation TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (annotation, position)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        value INTEGER NOT NULL
    ) STRICT;
    INSERT INTO revision VALUES (1, 0);
    """,
    # 2: the text each document's annotations were last anchored to, so
    # that they are looked for again only when an edition changed it.
    """
    CREATE TABLE edition (
        doc TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL
    ) STRICT;
    """,
)
