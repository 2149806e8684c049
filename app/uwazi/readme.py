"""README.txt of an Uwazi export: what the files are and in which order to import them."""

from __future__ import annotations

from app.uwazi.rules import LANGUAGE_NAMES
from app.uwazi.templates import TEMPLATES


def readme_text(names: list[str], without_terms: list[str], lang: str, profile: str) -> str:
    zips = [t for t in TEMPLATES if t.zip_name in names]
    thesauri = [n for n in names if n.endswith(".csv")]
    lines = [
        "Casefile export for Uwazi (HURIDOCS)",
        "",
        f"Redaction profile: {profile}. Default language of the Uwazi instance: {LANGUAGE_NAMES[lang]} ({lang}).",
        "These files are not encrypted. Keep them off shared disks and delete them once imported.",
        "",
        "1. Create the thesauri and import each CSV into its thesaurus, with Uwazi's interface in",
        f"   {LANGUAGE_NAMES[lang]}:",
        *[f"   - {n}" for n in thesauri],
        *(
            [f"   Create these thesauri too, empty (nothing in this export uses them): {', '.join(without_terms)}."]
            if without_terms
            else []
        ),
        "2. Create the relationship types and the templates (see docs/for-partners.md in Casefile).",
        "3. Import the zips in this order, each into its template (Settings > Import CSV):",
        *[f"   {i}. {t.zip_name} into '{t.name}'" for i, t in enumerate(zips, start=1)],
        "",
        "A relationship names entities by title; importing in this order means every title it names",
        "already exists. Importing a zip twice creates every entity twice.",
    ]
    return "\n".join(lines) + "\n"
