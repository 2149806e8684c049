"""Redaction happens in the data, before anything is drawn.

``redact()`` takes a case document (the JSON interchange shape) and returns a
copy that is already safe to render at the chosen profile, the plan of what was
hidden, and the set of withheld strings that the leak gate must not find in the
finished PDF.

Rules (see docs/reports.md):
- internal: everything, except what per-person or per-field overrides hide;
- partner: no ``secret`` field;
- public: no ``secret`` field; persons without public consent pseudonymised
  (names replaced, every identifying field of theirs dropped, family ties to
  them dropped); identifying fields not tied to a named person dropped.
Anything the model does not declare (an unknown entity or field) is dropped:
what the redaction does not understand it cannot vouch for.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from app.domain.model import BY_NAME, IDENTIFYING, PUBLIC, SECRET, SENSITIVITIES
from app.names.keys import name_keys
from app.redaction import tokens as tk
from app.redaction.hidden import HiddenField, withhold
from app.redaction.plan import (
    INTERNAL,
    PROFILES,
    PSEUDONYMISE,
    SHOW,
    FieldDecision,
    PersonDecision,
    RedactionError,
    RedactionPlan,
    TokenSource,
)
from app.redaction.plan import PUBLIC as PUBLIC_PROFILE
from app.redaction.pseudonyms import (
    PLACEHOLDER,
    WITHHELD_VALUE,
    PseudonymAllocator,
    category,
    phrase_once,
    pseudonym_words,
)
from app.redaction.textnorm import skeleton
from app.redaction.withheld import Withheld
from app.regions import marked_regions

NEUTRAL_TITLE = "Casefile report"

# Fields holding codes, identifiers or hashes: never free text, never scrubbed.
_CODE_FIELDS = frozenset(
    "id kind type role status relation reliability outcome action entity entity_id field sensitivity "
    "script lang sha256 media_type operation intake_time at".split()
)

# Rows tied to one person: their identifying fields follow that person's treatment.
_OWNER_FIELD = {"persons": "id", "person_names": "person_id", "case_persons": "person_id", "acts": "victim_id"}

# Keys that redaction adds to rows for the renderer (not model fields).
RENDER_HINTS = ("redact_regions",)


@dataclass
class RedactedCase:
    """A case document safe to render at one profile, with what was withheld."""

    doc: dict[str, Any]
    plan: RedactionPlan
    tokens: set[str]  # every withheld string as written (see ``withheld`` for matching by meaning)
    token_sources: dict[str, TokenSource]
    profile: str
    lang: str
    pseudonyms: dict[str, str]  # person id -> pseudonym
    title: str  # the only title the PDF's metadata may carry
    id_map: dict[tuple[str, str], str]  # (entity, original id) -> id in ``doc``
    withheld: Withheld  # what the leak gate must not find, by meaning (names, contacts, places)

    @property
    def burn_regions(self) -> bool:
        """Image regions marked for redaction are blacked out except in internal reports."""
        return self.profile != INTERNAL


def _normalise_override(value: str) -> str:
    v = value.strip().lower()
    if v in ("show", "named", "name"):
        return SHOW
    if v in ("pseudonymise", "pseudonymize", "pseudonym", "hide"):
        return PSEUDONYMISE
    raise RedactionError(f"unknown person override {value!r}: use 'show' or 'pseudonymise'")


def _override_map(rows: list[dict] | None) -> dict[tuple[str, str, str], str]:
    out: dict[tuple[str, str, str], str] = {}
    for row in rows or ():
        try:
            key = (str(row["entity"]), str(row["entity_id"]), str(row["field"]))
            sens = str(row["sensitivity"])
        except KeyError as exc:
            raise RedactionError(f"field override lacks {exc.args[0]!r}") from None
        if sens not in SENSITIVITIES:
            raise RedactionError(f"unknown sensitivity {sens!r} in a field override")
        out[key] = sens
    return out


def _rows(doc: dict, name: str) -> list[dict]:
    rows = doc.get(name)
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


class _Redactor:
    def __init__(
        self,
        doc: dict,
        profile: str,
        lang: str,
        person_overrides: dict[str, str],
        overrides: dict,
        reserved_text: str,
        reserved_words: list[str],
    ) -> None:
        self.src = doc
        self.reserved_words = reserved_words
        # Searchable in one go: "\x00"-separated skeletons of the renderer's own words and phrases.
        self.reserved_text = reserved_text
        self.profile = profile
        self.lang = lang if lang in PLACEHOLDER else "en"
        self.person_overrides = person_overrides
        self.overrides = overrides
        self.plan = RedactionPlan(profile=profile, lang=self.lang)
        self.withheld = Withheld(PLACEHOLDER[self.lang])
        self.pseudonyms: dict[str, str] = {}
        self.display: dict[str, str] = {}
        # Opaque ids from the start, so that labels in messages never quote an id that carries a name.
        self.id_map = _opaque_ids(doc)

    # --- persons -------------------------------------------------------------

    def decide_persons(self) -> None:
        persons = {str(p.get("id")): p for p in _rows(self.src, "persons")}
        first_role: dict[str, str] = {}
        order: list[str] = []
        for cp in _rows(self.src, "case_persons"):
            pid = str(cp.get("person_id"))
            if pid in persons and pid not in first_role:
                first_role[pid] = str(cp.get("role") or "")
                order.append(pid)
        order += [pid for pid in persons if pid not in first_role]
        names: dict[str, list[dict]] = {}
        for n in _rows(self.src, "person_names"):
            names.setdefault(str(n.get("person_id")), []).append(n)

        alloc = PseudonymAllocator(self.lang)
        for pid in order:
            p = persons[pid]
            override = self.person_overrides.get(pid)
            if override == PSEUDONYMISE:
                pseudo, reason = True, "override"
            elif override == SHOW:
                pseudo, reason = False, "override"
            elif self.profile == PUBLIC_PROFILE:
                consent = p.get("public_consent") is True
                pseudo, reason = not consent, ("consent" if consent else "no public consent")
            else:
                pseudo, reason = False, "profile"
            role = first_role.get(pid)
            if pseudo:
                shown = alloc.next(category(role, p.get("kind")))
                self.pseudonyms[pid] = shown
            else:
                shown = _primary_name(names.get(pid, [])) or str(p.get("description") or pid)
            self.display[pid] = shown
            self.plan.persons.append(PersonDecision(pid, shown, pseudo, reason, role))

        shown_values = [
            str(r.get("value") or "")
            for pid, rows in names.items()
            if pid in persons and pid not in self.pseudonyms
            for r in rows
        ]
        # A shown person's name, and a word the report prints itself ("Шұғыл" is a surname and
        # the Kazakh for "urgent"), never stands alone for a hidden name; the full name still does.
        self.withheld.protect(shown_values)
        self.withheld.protect(self.reserved_words)
        self.shown_names = {tuple(sorted(name_keys(v))) for v in shown_values} - {()}
        for pid, pseudonym in self.pseudonyms.items():
            # A name the sender's pack withheld is stored as a marker that names nobody: never searched.
            values = [str(r.get("value") or "") for r in names.get(pid, []) if r.get("value") != WITHHELD_VALUE]
            src = TokenSource("persons.names", pseudonym, "name")
            self.withheld.add_name(values, src, pseudonym)

    # --- withheld values -------------------------------------------------------

    def _tokens_for_hidden(self, entity: str, fname: str, value: Any, owner: str, by_override: bool) -> None:
        src = TokenSource(f"{entity}.{fname}", owner, "value" if by_override else "secret")
        field = HiddenField(
            fname, value, src, by_override, SECRET == _model_sensitivity(entity, fname), PLACEHOLDER[self.lang],
            frozenset(self.shown_names), self.reserved_text,
        )  # fmt: skip
        withhold(self.withheld, field)

    # --- rows ----------------------------------------------------------------

    def effective(self, entity: str, row_id: str, fname: str) -> tuple[str, bool]:
        model = _model_sensitivity(entity, fname)
        over = self.overrides.get((entity, row_id, fname))
        return (over, over != model) if over is not None else (model, False)

    def hide_reason(self, entity: str, row: dict, fname: str, sens: str) -> str | None:
        owner_key = _OWNER_FIELD.get(entity)
        owner = str(row.get(owner_key)) if owner_key else None
        owner_pseudo = owner is not None and owner in self.pseudonyms
        if owner_pseudo and sens in (IDENTIFYING, SECRET):
            return "pseudonymised person"
        if sens == SECRET and self.profile != INTERNAL:
            return "secret"
        if sens == IDENTIFYING and self.profile == PUBLIC_PROFILE and owner is None:
            return "identifying, public report"
        return None

    def owner_label(self, entity: str, row: dict) -> str:
        owner_key = _OWNER_FIELD.get(entity)
        if owner_key:
            return self.display.get(str(row.get(owner_key)), "a person")
        singular = "evidence" if entity == "evidence" else entity.removesuffix("s").replace("_", " ")
        label = self.id_map.get((entity, str(row.get("id"))), "?")
        # "source-1" already says what it is ("source source-1" would say it twice); "evidence ev0001" does not.
        return label if label.startswith(singular.replace(" ", "-") + "-") else f"{singular} {label}"

    def redact_rows(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in self.src.items():
            if key not in BY_NAME:
                if key in ("format", "version") and not isinstance(value, (list, dict)):
                    out[key] = value
                elif isinstance(value, list):
                    self.plan.dropped_rows.append((key, "*", "unknown entity"))
                continue
        for entity_name, ent in BY_NAME.items():
            if entity_name not in self.src:
                continue
            rows_out = []
            declared = set(ent.columns)
            for row in _rows(self.src, entity_name):
                row_id = str(row.get("id"))
                if entity_name == "person_relations" and (
                    str(row.get("person_id")) in self.pseudonyms or str(row.get("related_person_id")) in self.pseudonyms
                ):
                    # A tie to a named person ("wife of ...") identifies a pseudonymised one.
                    self.plan.dropped_rows.append((entity_name, row_id, "ties a pseudonymised person"))
                    continue
                if entity_name == "person_names" and str(row.get("person_id")) in self.pseudonyms:
                    continue  # replaced below
                new: dict[str, Any] = {}
                owner = self.owner_label(entity_name, row)
                for fname, value in row.items():
                    if fname not in declared:
                        continue
                    sens, by_override = self.effective(entity_name, row_id, fname)
                    reason = self.hide_reason(entity_name, row, fname, sens)
                    if entity_name == "evidence" and fname == "capture" and isinstance(value, dict):
                        regions = marked_regions(value)
                        if regions:
                            new["redact_regions"] = regions
                    if reason is None:
                        new[fname] = copy.deepcopy(value)
                        if by_override and _model_sensitivity(entity_name, fname) != PUBLIC and value not in (None, ""):
                            self.plan.fields.append(
                                FieldDecision(entity_name, row_id, fname, "shown", "override", owner)
                            )
                        continue
                    new[fname] = None
                    if value in (None, "", [], {}):
                        continue
                    if by_override:
                        reason = f"override to {sens}"
                    self.plan.fields.append(FieldDecision(entity_name, row_id, fname, "hidden", reason, owner))
                    self._tokens_for_hidden(entity_name, fname, value, owner, by_override)
                rows_out.append(new)
            out[entity_name] = rows_out
        # Pseudonymised persons keep one name row: the pseudonym.
        names = out.setdefault("person_names", [])
        for pid, pseudo in self.pseudonyms.items():
            names.append(
                {"id": f"pseudonym-{self.id_map[('persons', pid)]}", "person_id": pid, "value": pseudo, "script": None,
                 "lang": self.lang, "kind": "pseudonym", "source_id": None}
            )  # fmt: skip
        return out

    def drop_orphan_attributions(self, doc: dict[str, Any]) -> None:
        """A source's claim about a hidden field would repeat the hidden value: drop it."""
        hidden = {(f.entity, f.row_id, f.field) for f in self.plan.fields if f.action == "hidden"}
        present = {(e, str(r.get("id"))) for e, rows in doc.items() if isinstance(rows, list) for r in rows}
        kept = []
        for a in doc.get("attributions", []):
            ref = (str(a.get("entity")), str(a.get("entity_id")))
            if ref not in present or (ref[0], ref[1], str(a.get("field"))) in hidden:
                self.plan.dropped_rows.append(("attributions", str(a.get("id")), "about a hidden value"))
                continue
            kept.append(a)
        if "attributions" in doc:
            doc["attributions"] = kept

    # --- scrubbing -----------------------------------------------------------

    def scrub(self, doc: dict[str, Any]) -> None:
        """Replace withheld values found inside other free text (a name in someone's notes)."""
        if not self.withheld:
            return
        # Two passes over the same fields in the same order: gather every string, search them all
        # at once, then put the results back.
        texts: list[str] = []

        def gather(text: str) -> tuple[str, int]:
            texts.append(text)
            return text, 0

        for _row, _fname, value, _where in self._free_text(doc):
            _map_strings(value, gather)
        # A name replaced by its pseudonym says the role once ("the witness Witness C" -> "the Witness C").
        results = iter(
            (phrase_once(text) if n and self.pseudonyms else text, n) for text, n in self.withheld.replace_many(texts)
        )
        for row, fname, value, (entity_name, owner) in self._free_text(doc):
            new, n = _map_strings(value, lambda _text: next(results))
            if n:
                row[fname] = new
                decision = FieldDecision(
                    entity_name, str(row.get("id")), fname, "scrubbed", "withheld text inside", owner
                )
                self.plan.fields.append(decision)

    def _free_text(self, doc: dict[str, Any]) -> Iterator[tuple[dict, str, Any, tuple[str, str]]]:
        """(row, field, value, (entity, owner label)) of every field that may hold free text."""
        for entity_name, rows in doc.items():
            ent = BY_NAME.get(entity_name)
            if ent is None or not isinstance(rows, list):
                continue
            for row in rows:
                if entity_name == "person_names" and (
                    row.get("kind") == "pseudonym" or str(row.get("person_id")) not in self.pseudonyms
                ):
                    # A shown person's name is what the report shows. Where it is also (part of) a
                    # withheld value, the gate refuses and explains the conflict; rewriting the name
                    # here would make the report call that person "[withheld]".
                    continue
                owner = self.owner_label(entity_name, row)
                for fname in list(row):
                    if fname in _CODE_FIELDS or fname in RENDER_HINTS:
                        continue
                    try:
                        ftype = ent.field(fname).type
                    except KeyError:
                        continue
                    if ftype.startswith("ref:") or ftype in ("int", "bool"):
                        continue
                    yield row, fname, row[fname], (entity_name, owner)


def _map_strings(value: Any, fn: Callable[[str], tuple[str, int]]) -> tuple[Any, int]:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        total = 0
        out_list = []
        for v in value:
            nv, n = _map_strings(v, fn)
            out_list.append(nv)
            total += n
        return out_list, total
    if isinstance(value, dict):
        total = 0
        out_dict = {}
        for k, v in value.items():
            nv, n = _map_strings(v, fn)
            out_dict[k] = nv
            total += n
        return out_dict, total
    return value, 0


_ENTITY_REF_FIELDS = {"attributions": "entity_id", "evidence_links": "entity_id", "field_overrides": "entity_id"}


def _opaque_ids(doc: dict) -> dict[tuple[str, str], str]:
    """An opaque id ("person-3") for every row, numbered in the source's order.

    Ids such as "p-nazigul-maksutkhan" carry names. Evidence ids are kept:
    they are random by design, name the item for the partner receiving it, and
    are what ``read_evidence`` is called with.
    """
    id_map: dict[tuple[str, str], str] = {}
    for entity_name in BY_NAME:
        prefix = entity_name.removesuffix("s").replace("_", "-")
        for n, row in enumerate(_rows(doc, entity_name), start=1):
            old = str(row.get("id"))
            id_map[(entity_name, old)] = old if entity_name == "evidence" else f"{prefix}-{n}"
    return id_map


def _rekey(doc: dict[str, Any], id_map: dict[tuple[str, str], str]) -> None:
    """Replace ids and references in ``doc`` by their opaque ids."""
    for entity_name, ent in BY_NAME.items():
        for row in doc.get(entity_name, []):
            for f in ent.fields:
                if f.name not in row or row[f.name] is None:
                    continue
                if f.name == "id":
                    row["id"] = id_map.get((entity_name, str(row["id"])), row["id"])
                elif f.ref:
                    row[f.name] = id_map.get((f.ref, str(row[f.name])))
            ref_field = _ENTITY_REF_FIELDS.get(entity_name)
            if ref_field and row.get(ref_field) is not None:
                row[ref_field] = id_map.get((str(row.get("entity")), str(row[ref_field])))


def _codes(doc: dict) -> set[str]:
    """Vocabulary codes used in the document ("court_decision"): the report prints their labels."""
    out = set()
    for name, ent in BY_NAME.items():
        code_fields = [f.name for f in ent.fields if f.name in _CODE_FIELDS and f.name != "id"]
        for row in _rows(doc, name):
            for f in code_fields:
                if isinstance(row.get(f), str):
                    out.add(skeleton(row[f]))
    return {c for c in out if c}


def _model_sensitivity(entity: str, fname: str) -> str:
    try:
        return BY_NAME[entity].field(fname).sensitivity
    except KeyError:
        return SECRET


def _primary_name(rows: list[dict]) -> str | None:
    for kind in ("primary", None):
        for r in rows:
            if (kind is None or r.get("kind") == kind) and isinstance(r.get("value"), str) and r["value"].strip():
                return r["value"].strip()
    return None


def redact(
    doc: dict,
    profile: str,
    person_overrides: dict[str, str] | None = None,
    field_overrides: list[dict] | None = None,
    *,
    lang: str = "en",
    reserved_words: Iterable[str] = (),
) -> RedactedCase:
    """Redact a case document for one profile.

    ``person_overrides`` maps a person id to "show" or "pseudonymise";
    ``field_overrides`` are rows like the document's own ``field_overrides``
    ({entity, entity_id, field, sensitivity}) and win over them. ``lang``
    chooses the language of pseudonyms and placeholders. ``reserved_words``
    are words the renderer prints by itself (headings, vocabulary labels): a
    part of a name equal to one of them is not searched for on its own.
    """
    if profile not in PROFILES:
        raise RedactionError(f"unknown profile {profile!r}: use one of {', '.join(PROFILES)}")
    persons = {str(k): _normalise_override(v) for k, v in (person_overrides or {}).items()}
    overrides = _override_map(_rows(doc, "field_overrides"))
    overrides.update(_override_map(field_overrides))
    reserved_words = list(reserved_words)
    reserved = {skeleton(w) for text in reserved_words for w in tk.word_split(text)}
    reserved |= {skeleton(w) for text in pseudonym_words() for w in tk.word_split(text)}
    reserved = {w for w in reserved if len(w) >= tk.MIN_PART}
    phrases = [*reserved_words, *pseudonym_words()]
    reserved_text = "\x00" + "\x00".join(sorted(reserved | {skeleton(p) for p in phrases} | _codes(doc))) + "\x00"
    r = _Redactor(doc, profile, lang, persons, overrides, reserved_text, phrases)
    r.decide_persons()
    out = r.redact_rows()
    r.drop_orphan_attributions(out)
    r.scrub(out)
    _rekey(out, r.id_map)
    if profile != INTERNAL:
        r.plan.regions = sum(len(e.get("redact_regions", [])) for e in out.get("evidence", []))
    cases = out.get("cases") or []
    title = cases[0].get("title") if cases else None
    allowed_title = title.strip() if isinstance(title, str) and title.strip() else NEUTRAL_TITLE
    strings = r.withheld.strings()
    return RedactedCase(
        doc=out,
        plan=r.plan,
        tokens=set(strings),
        token_sources=strings,
        profile=profile,
        lang=r.lang,
        pseudonyms=dict(r.pseudonyms),
        title=allowed_title,
        id_map=r.id_map,
        withheld=r.withheld,
    )
