"""The people of a case: names in every spelling, roles, status today, and what was done to them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain import status as status_rules
from app.domain.dates import FuzzyDate
from app.views.base import Reader, chunks, fuzzy, marks, stored_date


@dataclass(frozen=True)
class PersonStatus:
    person_id: str
    name: str
    roles: tuple[str, ...]  # vocabulary 'role', in the order given in the case
    status: str  # app.domain.status: detained, house_arrest, released, fined, charged, unknown, ...
    until: FuzzyDate | None  # the expiry of the measure that gives the status, if any


@dataclass(frozen=True)
class PersonRow:
    """A line of the people list: the person's status, and the other spellings of their name."""

    person_id: str
    name: str
    roles: tuple[str, ...]
    status: str
    until: FuzzyDate | None
    other_spellings: tuple[str, ...]


@dataclass(frozen=True)
class Spelling:
    value: str
    script: str | None  # ISO 15924
    lang: str | None
    kind: str | None  # vocabulary 'name_kind'
    id: str = ""  # the spelling's record (to correct or remove it)


@dataclass(frozen=True)
class ActOnPerson:
    type: str  # vocabulary 'act_type'
    date: FuzzyDate | None  # the act's date, else its event's
    event_title: str


@dataclass(frozen=True)
class Measure:
    id: str
    person_id: str
    proceeding_id: str | None
    type: str  # vocabulary 'measure_type'
    start: FuzzyDate | None
    duration: str
    expiry: FuzzyDate | None
    status: str  # vocabulary 'measure_status'
    extends_id: str | None
    notes: str = ""


@dataclass(frozen=True)
class PersonDetails:
    person_id: str
    name: str
    kind: str  # vocabulary 'person_kind'
    description: str
    public_consent: bool
    spellings: tuple[Spelling, ...]
    acts: tuple[ActOnPerson, ...]
    measures: tuple[Measure, ...]


@dataclass(frozen=True)
class NamedPerson:
    """A person found by a name as typed."""

    person_id: str
    name: str


@dataclass(frozen=True)
class PersonChoice:
    """A person of a case to pick (to link evidence to), with their roles and when things happened to them."""

    person_id: str
    name: str
    roles: tuple[str, ...]  # vocabulary 'role'
    first: FuzzyDate | None  # the earliest act done to them (its date, else its event's)
    last: FuzzyDate | None  # the latest


def measure_of(row: dict) -> Measure:
    return Measure(
        row["id"],
        row["person_id"],
        row["proceeding_id"],
        row["type"],
        fuzzy(row["start"]),
        row["duration"] or "",
        fuzzy(row["expiry"]),
        row["status"] or "",
        row["extends_id"],
        row["notes"] or "",
    )


class PeopleReader(Reader):
    def statuses(self, case_id: str) -> list[PersonStatus]:
        """Everyone in the case with their status today, in the order they joined the case."""
        roles = self._roles(case_id)
        return self._statuses(list(roles), roles)

    def rows(self, case_id: str, person_ids: list[str]) -> list[PersonRow]:
        """Lines of the people list for these persons of the case, in the order given."""
        roles = self._roles(case_id, person_ids)
        spellings: dict[str, list[str]] = defaultdict(list)
        for chunk in chunks(person_ids):
            for pid, value in self._db.query(
                f"SELECT person_id, value FROM person_names WHERE person_id IN ({marks(chunk)}) ORDER BY rowid", chunk
            ):
                spellings[pid].append(value)
        return [
            PersonRow(
                s.person_id, s.name, s.roles, s.status, s.until, tuple(v for v in spellings[s.person_id] if v != s.name)
            )
            for s in self._statuses(person_ids, roles)
        ]

    def ids(self, case_id: str) -> list[str]:
        return self.case_person_ids(case_id)

    def choices(self, case_id: str, *, by_name: bool = True) -> list[NamedPerson]:
        """The people of a case with their names (for a filter or a link), by name or in the order they
        joined the case."""
        ids = self.case_person_ids(case_id)
        names = self.person_names(ids)
        found = [NamedPerson(p, names.get(p, p)) for p in ids]
        return sorted(found, key=lambda n: n.name.casefold()) if by_name else found

    def dated_choices(self, case_id: str) -> list[PersonChoice]:
        """The people of a case by name, with their roles and the dates of the first and last acts done to them."""
        roles = self._roles(case_id)
        names = self.person_names(list(roles))
        spans: dict[str, list[FuzzyDate]] = defaultdict(list)
        for chunk in chunks(roles):
            for pid, date in self._db.query(
                "SELECT a.victim_id, coalesce(a.date, e.date) FROM acts a JOIN events e ON e.id = a.event_id"
                f" WHERE e.case_id = ? AND a.victim_id IN ({marks(chunk)})",
                (case_id, *chunk),
            ):
                fd = stored_date(date)
                if fd is not None:
                    spans[pid].append(fd)
        out = []
        for pid, person_roles in roles.items():
            dated = sorted(spans[pid], key=lambda d: d.sort_key)
            out.append(
                PersonChoice(
                    pid,
                    names.get(pid, pid),
                    tuple(person_roles),
                    dated[0] if dated else None,
                    dated[-1] if dated else None,
                )
            )
        return sorted(out, key=lambda c: c.name.casefold())

    def details(self, person_id: str) -> PersonDetails | None:
        person = self._records.get("persons", person_id)
        if person is None:
            return None
        acts = self._db.query(
            "SELECT a.type, coalesce(a.date, e.date), e.title FROM acts a JOIN events e ON e.id = a.event_id"
            " WHERE a.victim_id = ? ORDER BY json_extract(coalesce(a.date, e.date), '$.start')",
            (person_id,),
        )
        measures = self._records.rows("measures", "person_id = ?", (person_id,), "rowid")
        return PersonDetails(
            person_id,
            self.person_name(person_id),
            person["kind"],
            person["description"] or "",
            bool(person["public_consent"]),
            tuple(self.spellings(person_id)),
            tuple(ActOnPerson(kind, stored_date(date), title) for kind, date, title in acts),
            tuple(measure_of(m) for m in measures),
        )

    def spellings(self, person_id: str) -> list[Spelling]:
        rows = self._db.query(
            "SELECT value, script, lang, kind, id FROM person_names WHERE person_id = ?"
            " ORDER BY kind != 'primary', rowid",
            (person_id,),
        )
        return [Spelling(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def roles_in(self, case_id: str, person_id: str) -> list[str]:
        """The person's roles in the case (vocabulary 'role'), in the order given."""
        return self._roles(case_id, [person_id]).get(person_id, [])

    def cases_of(self, person_id: str) -> list[str]:
        """The ids of the cases the person is in."""
        rows = self._db.query("SELECT DISTINCT case_id FROM case_persons WHERE person_id = ?", (person_id,))
        return [r[0] for r in rows]

    def named_exactly(self, name: str) -> str | None:
        """A person with a spelling exactly ``name``."""
        row = self._db.one("SELECT person_id FROM person_names WHERE value = ? LIMIT 1", (name,))
        return row[0] if row else None

    def named_like(self, text: str, limit: int = 12) -> list[NamedPerson]:
        """Spellings containing ``text`` as typed (when the tolerant search is not there)."""
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._db.query(
            "SELECT person_id, value FROM person_names WHERE value LIKE ? ESCAPE '\\' LIMIT ?", (pattern, limit)
        )
        return [NamedPerson(r[0], r[1]) for r in rows]

    def measures(self, person_ids: Iterable[str]) -> list[Measure]:
        rows: list[dict] = []
        for chunk in chunks(person_ids):
            rows += self._records.rows("measures", f"person_id IN ({marks(chunk)})", chunk, "rowid")
        return [measure_of(m) for m in rows]

    # -- shared -------------------------------------------------------------------------

    def _roles(self, case_id: str, person_ids: list[str] | None = None) -> dict[str, list[str]]:
        roles: dict[str, list[str]] = {}
        if person_ids is not None:
            roles = {pid: [] for pid in person_ids}
        for pid, role in self._db.query(
            "SELECT person_id, role FROM case_persons WHERE case_id = ? ORDER BY rowid", (case_id,)
        ):
            if person_ids is None or pid in roles:
                roles.setdefault(pid, [])
                if role not in roles[pid]:
                    roles[pid].append(role)
        return roles

    def _statuses(self, person_ids: list[str], roles: dict[str, list[str]]) -> list[PersonStatus]:
        """Each person's status, from their measures and acts read in batches."""
        measures: dict[str, list[dict]] = defaultdict(list)
        acts: dict[str, list[dict]] = defaultdict(list)
        for chunk in chunks(person_ids):
            for m in self._records.rows("measures", f"person_id IN ({marks(chunk)})", chunk, "rowid"):
                measures[m["person_id"]].append(m)
            for a in self._records.rows("acts", f"victim_id IN ({marks(chunk)})", chunk, "rowid"):
                acts[a["victim_id"]].append(a)
        names = self.person_names(person_ids)
        out = []
        for pid in person_ids:
            code, until = status_rules.person_status(measures[pid], acts[pid])
            out.append(PersonStatus(pid, names.get(pid, pid), tuple(roles.get(pid, [])), code, until))
        return out
