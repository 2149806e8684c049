"""What a hidden field withholds: its value, read by what it is (a phone, a place, a name, text).

Each kind of field has a small reader that adds to the report's ``Withheld``
what must not appear elsewhere: a contact's phone numbers and links, an
address's building and coordinates, an informant's name, a note's clauses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.names.keys import name_keys
from app.redaction import tokens as tk
from app.redaction.plan import TokenSource
from app.redaction.textnorm import skeleton
from app.redaction.withheld import Withheld

__all__ = ["HiddenField", "withhold"]

# Fields whose values are compared by meaning, never filtered against the report's own words.
_BY_MEANING = frozenset({"contact", "address", "exact_address", "coordinates"})
NAME_FIELDS = frozenset({"informant", "brought_by", "actor"})


@dataclass(frozen=True)
class HiddenField:
    """One hidden value and what the redaction knows around it."""

    name: str  # field name, e.g. "contact"
    value: Any
    source: TokenSource
    by_override: bool
    secret: bool  # the model marks the field secret
    placeholder: str
    shown_names: frozenset[tuple[str, ...]]  # sorted keys of every shown person's name
    reserved_text: str  # "\x00"-joined skeletons of the report's own words and phrases


def _capture(w: Withheld, f: HiddenField) -> set[str]:
    parts = tk.capture_parts(f.value)
    lats = [v for v, axis in parts.values if axis == "lat"]
    lons = [v for v, axis in parts.values if axis == "lon"]
    if len(lats) == 1 and len(lons) == 1:
        w.add_point(lats[0], lons[0], f.source)
    for v, axis in parts.values:
        w.add_value(v, axis, f.source)
    for t in parts.notations:
        w.add_string(t, f.source)
    return parts.texts


def _contact(w: Withheld, f: HiddenField) -> set[str]:
    w.add_phones(f.value, f.source)
    w.add_links(f.value, f.source)
    return tk.contact_tokens(f.value)


def _positions(w: Withheld, f: HiddenField) -> None:
    w.add_coordinates(f.value, f.source)
    for t in tk.coordinate_notations(f.value):
        w.add_string(t, f.source)


def _coordinates(w: Withheld, f: HiddenField) -> set[str]:
    _positions(w, f)
    return tk.text_tokens(f.value)


def _address(w: Withheld, f: HiddenField) -> set[str]:
    _positions(w, f)
    w.add_address(f.value, f.source)
    return tk.address_tokens(f.value)


def _origin(w: Withheld, f: HiddenField) -> set[str]:
    return _address(w, f) | tk.text_tokens(f.value, split_clauses=True)


def _name(w: Withheld, f: HiddenField) -> set[str]:
    # A person shown by name who brought evidence is not a secret.
    if tuple(sorted(name_keys(f.value))) not in f.shown_names:
        w.add_name([f.value], f.source, f.placeholder)
    return set()


_READERS: dict[str, Callable[[Withheld, HiddenField], set[str]]] = {
    "contact": _contact,
    "address": _address,
    "exact_address": _address,
    "coordinates": _coordinates,
    "origin": _origin,
    "health_notes": lambda w, f: tk.text_tokens(f.value, split_clauses=True),
    "original_name": lambda w, f: tk.file_name_tokens(f.value),
    **{n: _name for n in NAME_FIELDS},
}


def withhold(w: Withheld, f: HiddenField) -> None:
    """Add to ``w`` everything the hidden field ``f`` must not show elsewhere in the report."""
    if f.name == "capture":
        texts = _capture(w, f)
    elif not isinstance(f.value, str):
        value = f.value
        texts = set()
        if isinstance(value, dict) and isinstance(value.get("text"), str) and f.by_override:
            texts = tk.text_tokens(value["text"])
    elif f.name in _READERS:
        texts = _READERS[f.name](w, f)
    elif f.by_override or f.secret:
        texts = tk.text_tokens(f.value)
    else:
        texts = set()
    if f.name not in _BY_MEANING:
        # A file called "court_decision.pdf" must not make the label "Court decision" a leak.
        texts = {t for t in texts if skeleton(t) not in f.reserved_text}
    for t in texts:
        w.add_text(t, f.source)
