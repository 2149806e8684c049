"""Finding people and records across scripts and spellings.

``translit``: folding to a common Latin base and phonetic keys per word;
``match``: name scores and duplicate evidence; ``index``: the FTS5 index in
the case database.  See docs/search.md.
"""

from app.search.index import DDL, Hit, index_entry, remove_entry, search
from app.search.match import name_score, same_person_evidence
from app.search.translit import fold, name_keys

__all__ = [
    "DDL",
    "Hit",
    "fold",
    "index_entry",
    "name_keys",
    "name_score",
    "remove_entry",
    "same_person_evidence",
    "search",
]
