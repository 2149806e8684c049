"""Redaction: a case document made safe to render at one profile, before any PDF exists."""

from app.redaction.engine import NEUTRAL_TITLE, RedactedCase, redact
from app.redaction.plan import (
    INTERNAL,
    PARTNER,
    PROFILES,
    PSEUDONYMISE,
    PUBLIC,
    SHOW,
    FieldDecision,
    PersonDecision,
    RedactionError,
    RedactionPlan,
    TokenSource,
)

__all__ = [
    "INTERNAL",
    "NEUTRAL_TITLE",
    "PARTNER",
    "PROFILES",
    "PSEUDONYMISE",
    "PUBLIC",
    "SHOW",
    "FieldDecision",
    "PersonDecision",
    "RedactedCase",
    "RedactionError",
    "RedactionPlan",
    "TokenSource",
    "redact",
]
