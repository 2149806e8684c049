"""One root for the errors a user can act on: each class has its own code and an English template; the
command line prints the template, the desktop app says the code in its language, and both treat every
error under the root (and only those) as a user error."""

from __future__ import annotations

import argparse
import importlib
import pkgutil

import pytest

from app.cli import run
from storage.errors import CasefileError, FileEmpty, PassphraseTooShort, VaultDamaged, fill


def every_error_class() -> list[type[CasefileError]]:
    for package in ("storage", "app"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            if info.name != "app.__main__":
                importlib.import_module(info.name)
    found: list[type[CasefileError]] = []
    todo: list[type[CasefileError]] = [CasefileError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def test_every_error_class_names_its_own_unique_code():
    classes = every_error_class()
    assert len(classes) > 40
    without = [c.__qualname__ for c in classes if "code" not in vars(c)]
    assert without == []
    codes = [c.code for c in classes]
    assert sorted(c for c in codes if codes.count(c) > 1) == []
    assert all(c.__doc__ and c.__doc__.strip() for c in classes)  # a one-line description each


def test_the_message_is_the_template_filled_from_the_parameters():
    assert str(PassphraseTooShort(min_chars=8)) == "The passphrase is too short: use at least 8 characters."
    assert str(FileEmpty(name="protest.mp4")) == "The file 'protest.mp4' is empty; nothing was stored."
    error = FileEmpty(name="{detail}.mp4")  # a parameter is inserted as it is, never read as a template
    assert str(error) == "The file '{detail}.mp4' is empty; nothing was stored." and error.code == "file_empty"
    assert str(VaultDamaged("The header is damaged.")) == "The header is damaged."
    assert str(VaultDamaged()) == "The vault's files are missing, edited or corrupted."  # no detail: its description
    assert str(PassphraseTooShort()) == "The new passphrase is shorter than the minimum."  # a missing parameter
    assert fill("{a} and {b!r}", {"a": 1, "b": "x"}) == "1 and 'x'" and fill("{a}", {}) is None


@pytest.mark.parametrize(
    "error",
    [
        "app.report.leakgate:ReportLeakError",
        "app.report.render:ReportError",
        "app.redaction.plan:RedactionError",
        "app.packs.errors:PackRefused",
        "app.domain.dates:DateParseError",
        "storage.keystore:NoKeychain",
    ],
)
def test_the_command_line_prints_every_user_error_as_a_sentence(error, capsys):
    module, name = error.split(":")
    cls = getattr(importlib.import_module(module), name)
    exc = cls([]) if name in ("ReportLeakError", "PackRefused") else cls("Something the user can fix.")

    def fails(_args: argparse.Namespace) -> int:
        raise exc

    assert run(argparse.Namespace(func=fails)) == 1
    err = capsys.readouterr().err
    assert err.startswith("casefile: ") and "internal error" not in err and err.strip() == f"casefile: {exc}"


def test_the_command_line_says_only_the_kind_of_an_internal_error(capsys, monkeypatch):
    monkeypatch.delenv("CASEFILE_DEBUG", raising=False)

    def fails(_args: argparse.Namespace) -> int:
        raise KeyError("Bekzat Maxutkhan")

    assert run(argparse.Namespace(func=fails)) == 70
    err = capsys.readouterr().err
    assert "KeyError" in err and "Bekzat" not in err


def test_the_interface_has_texts_only_for_codes_that_exist():
    import re

    from ui.errors import TEXTS

    codes = {c.code for c in every_error_class()}
    assert set(TEXTS) <= codes
    for code, (text, names) in TEXTS.items():
        assert sorted(set(re.findall(r"%(\d)", text))) == [str(i + 1) for i in range(len(names))], code


def test_the_interface_treats_the_same_errors_as_user_errors(qapp):
    from app.report.leakgate import ReportLeakError
    from ui.errors import Failure

    leak = Failure.of(ReportLeakError([]))
    assert leak.text() == "The report was not saved." and not leak.cancelled
    internal = Failure.of(KeyError("Bekzat Maxutkhan"))
    assert internal.error is None and internal.text() == "Something went wrong (KeyError); nothing was changed."
    from storage.progress import Cancelled

    assert Failure.of(Cancelled()).cancelled
