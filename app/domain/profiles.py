"""The redaction profiles: who a report or a pack is for, and so what it may show (DESIGN §5)."""

from __future__ import annotations

INTERNAL = "internal"  # everything, for one's own team
PARTNER = "partner"  # no secrets (contacts, exact addresses, GPS, sources' identities, health)
PUBLIC = "public"  # no secrets; persons without public consent pseudonymised
PROFILES = (INTERNAL, PARTNER, PUBLIC)
