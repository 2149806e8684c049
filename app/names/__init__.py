"""One knowledge of names, for search, redaction and the leak gate.

``letters``: folding every script and romanisation to one Latin base;
``keys``: the phonetic skeleton of a word; ``forms``: the inflected and
derived forms of a name part (Kazakh and Russian case endings, -ов/-ұлы
family forms); ``finder``: where a text names a withheld person.
See docs/search.md and docs/reports.md.
"""

from app.names.keys import name_keys, name_tokens, skeleton, word_key
from app.names.letters import fold, fold_text, fold_word, plain_cyrillic

__all__ = ["fold", "fold_text", "fold_word", "name_keys", "name_tokens", "plain_cyrillic", "skeleton", "word_key"]
