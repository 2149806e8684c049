"""Finding people and records across scripts and spellings.

Letters and phonetic keys come from ``app.names`` (shared with redaction and
the leak gate); ``match`` scores names and gives duplicate evidence; ``index``
is the FTS5 index in the case database.  See docs/search.md.
"""

from app.names.keys import name_keys
from app.names.letters import fold
from app.search.index import DDL, Hit, index_entry, remove_entry, search
from app.search.match import name_score, same_person_evidence

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
