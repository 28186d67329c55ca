"""whoosh keeps pickles in its index files (the schema and the segment list
in the TOC, stored fields, inlined postings), and an index folder travels
with a portable data folder: a planted pickle would run code as soon as the
index is opened. So every place where whoosh unpickles index data is pointed
here, at an unpickler that builds only the classes our schema and whoosh's
own codec use, and refuses every other name (and with it `os.system`).
"""

import io
import pickle
import types

import whoosh.codec.whoosh3
import whoosh.columns
import whoosh.compat
import whoosh.filedb.structfile
import whoosh.formats
import whoosh.index

# What an index of our schema() holds, as whoosh's pickles name it
# (protocol 2 writes Python 2 names such as __builtin__.long).
ALLOWED = frozenset(
    {
        ("__builtin__", "bytes"),
        ("__builtin__", "long"),
        ("builtins", "int"),
        ("_codecs", "encode"),
        ("collections", "defaultdict"),
        ("re", "_compile"),
        ("viewer.core.search.analysis", "FoldFilter"),
        ("viewer.core.search.analysis", "ScriptStemFilter"),
        ("whoosh.analysis.analyzers", "CompositeAnalyzer"),
        ("whoosh.analysis.intraword", "ShingleFilter"),
        ("whoosh.analysis.tokenizers", "IDTokenizer"),
        ("whoosh.analysis.tokenizers", "RegexTokenizer"),
        ("whoosh.codec.whoosh3", "W3Codec"),
        ("whoosh.codec.whoosh3", "W3Segment"),
        ("whoosh.fields", "BOOLEAN"),
        ("whoosh.fields", "ID"),
        ("whoosh.fields", "KEYWORD"),
        ("whoosh.fields", "NUMERIC"),
        ("whoosh.fields", "Schema"),
        ("whoosh.fields", "TEXT"),
        ("whoosh.formats", "Existence"),
        ("whoosh.formats", "Frequency"),
        ("whoosh.formats", "Positions"),
    }
)


class RefusedPickle(pickle.UnpicklingError):
    """An index file names a class or function the index never holds."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) not in ALLOWED:
            raise RefusedPickle(f"{module}.{name}")
        return super().find_class(module, name)


def load(file):
    return _Unpickler(file).load()


def loads(data, /, **_):
    return _Unpickler(io.BytesIO(data)).load()


def install() -> None:
    """Point whoosh's unpickling of index data here (the names are bound at
    import in each module), and drop its loaders of old index formats."""
    restricted = types.SimpleNamespace(
        loads=loads, load=load, dumps=pickle.dumps, PicklingError=pickle.PicklingError
    )
    whoosh.index.pickle = restricted
    whoosh.index.toc_loaders = {}
    whoosh.filedb.structfile.load_pickle = load
    for module in (whoosh.codec.whoosh3, whoosh.columns, whoosh.formats):
        module.loads = loads
    # for whoosh modules imported later
    whoosh.compat.load, whoosh.compat.loads = load, loads
