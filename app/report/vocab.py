"""Labels of vocabulary codes (event types, roles, measures...) in the report's language."""

from __future__ import annotations

from app.domain.vocab import all_labels, label

__all__ = ["all_labels", "label"]
