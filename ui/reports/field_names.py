"""Words for the records and fields a redaction hides ("persons.contact"), in the interface language,
for the report and pack reviews: never the database's own names ("case_persons", "brought_by")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def record_word(entity: str) -> str:
    words = {
        "cases": QCoreApplication.translate("ReportFieldNames", "the case"),
        "persons": QCoreApplication.translate("ReportFieldNames", "people"),
        "person_names": QCoreApplication.translate("ReportFieldNames", "people's names"),
        "case_persons": QCoreApplication.translate("ReportFieldNames", "people in the case"),
        "events": QCoreApplication.translate("ReportFieldNames", "events"),
        "acts": QCoreApplication.translate("ReportFieldNames", "acts"),
        "sources": QCoreApplication.translate("ReportFieldNames", "sources"),
        "evidence": QCoreApplication.translate("ReportFieldNames", "evidence"),
        "custody": QCoreApplication.translate("ReportFieldNames", "the custody trail"),
    }
    return words.get(entity, entity.replace("_", " "))


def field_word(field: str) -> str:
    words = {
        "actor": QCoreApplication.translate("ReportFieldNames", "who handled it"),
        "address": QCoreApplication.translate("ReportFieldNames", "address"),
        "birth_date": QCoreApplication.translate("ReportFieldNames", "date of birth"),
        "brought_by": QCoreApplication.translate("ReportFieldNames", "who brought it"),
        "capture": QCoreApplication.translate("ReportFieldNames", "camera data (device, place, time)"),
        "citizenship": QCoreApplication.translate("ReportFieldNames", "citizenship"),
        "contact": QCoreApplication.translate("ReportFieldNames", "contact details"),
        "coordinates": QCoreApplication.translate("ReportFieldNames", "map coordinates"),
        "exact_address": QCoreApplication.translate("ReportFieldNames", "exact address"),
        "gender": QCoreApplication.translate("ReportFieldNames", "gender"),
        "health_notes": QCoreApplication.translate("ReportFieldNames", "health notes"),
        "informant": QCoreApplication.translate("ReportFieldNames", "informant"),
        "notes": QCoreApplication.translate("ReportFieldNames", "notes"),
        "origin": QCoreApplication.translate("ReportFieldNames", "where it came from"),
        "original_name": QCoreApplication.translate("ReportFieldNames", "file name"),
        "value": QCoreApplication.translate("ReportFieldNames", "name"),
    }
    return words.get(field, field.replace("_", " "))
