"""Cases: creating one. Reading them (the list, who is at risk, what is due) is ``app.views``."""

from __future__ import annotations

from app.services.records import InvalidRecord, Records
from app.views.cases import CaseReader, CaseSummary
from app.views.people import PeopleReader, PersonStatus
from storage.vault import Vault


class MissingCaseTitle(InvalidRecord):
    """A case was to be created without a title."""

    code = "case_title_missing"
    template = "A case needs a title."


def create_case(vault: Vault, *, title: str, reference: str = "", summary: str = "", status: str = "open") -> str:
    if not title.strip():
        raise MissingCaseTitle()
    return Records(vault).insert(
        "cases",
        {
            "title": title.strip(),
            "reference": reference.strip() or None,
            "summary": summary.strip() or None,
            "status": status,
        },
    )


def list_cases(vault: Vault) -> list[CaseSummary]:
    return CaseReader(vault).all()


def people_at_risk(vault: Vault, case_id: str) -> list[PersonStatus]:
    """Everyone in the case with their status today."""
    return PeopleReader(vault).statuses(case_id)
