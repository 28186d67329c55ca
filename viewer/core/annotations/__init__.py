"""The reader's own marks: bookmarks, highlights and notes, stored in SQLite
(store), anchored to the text so that they survive a corrected edition
(anchoring), and exchanged with colleagues as JSON (exchange)."""
