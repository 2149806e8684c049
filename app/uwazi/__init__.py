"""Export to Uwazi (HURIDOCS): one zip per template (``import.csv`` and attachments) and thesaurus CSVs,
built from the same redacted view as reports and packs. See docs/for-partners.md.

Public API: ``export_uwazi(vault, case_ids, folder, profile=, lang=, progress=, cancel=)`` → ``UwaziResult``;
``UwaziExportError`` (nothing written), ``UwaziLeakError`` (the gate refused; nothing written);
``TEMPLATES`` and ``THESAURI``, the declarations the files follow.
"""

from app.uwazi.errors import UwaziExportError, UwaziLeakError
from app.uwazi.export import UwaziResult, WrittenFile, export_uwazi
from app.uwazi.templates import TEMPLATES, THESAURI

__all__ = ["TEMPLATES", "THESAURI", "UwaziExportError", "UwaziLeakError", "UwaziResult", "WrittenFile", "export_uwazi"]
