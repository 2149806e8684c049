"""Schema migrations: forward only, from every earlier version to the latest, data kept."""

from __future__ import annotations

import pytest

from app.domain.model import ENTITIES
from storage import migrations
from storage.database import Database, _connect
from storage.errors import VaultError


@pytest.mark.parametrize("start", range(1, migrations.LATEST + 1))
def test_migrate_from_every_version(tmp_path, start):
    key = bytes(range(32))
    db = Database(_connect(tmp_path / "m.db", key, create=True))
    db.migrate(target=start)
    assert db.version == start
    db.conn.execute("INSERT INTO cases (id, title) VALUES ('c1', 'Before migrating')")
    db.close()
    db = Database.open(tmp_path / "m.db", key)
    assert db.version == migrations.LATEST
    assert db.one("SELECT title FROM cases WHERE id = 'c1'")[0] == "Before migrating"
    assert db.integrity_problems() == []
    db.close()


def test_schema_matches_the_model(vault):
    for ent in ENTITIES:
        cols = [r[1] for r in vault.db.query(f"PRAGMA table_info({ent.name})")]
        storage_only = ("blob_id", "blob_format")  # where and how the bytes are kept: not case data
        assert [c for c in cols if c not in storage_only] == list(ent.columns), ent.name


def test_newer_vault_is_refused(tmp_path):
    key = bytes(32)
    db = Database.open(tmp_path / "n.db", key, create=True)
    db.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    db.close()
    with pytest.raises(VaultError, match="newer version"):
        Database.open(tmp_path / "n.db", key)


def test_search_migration_matches_the_search_module():
    from app.search.index import DDL

    assert list(migrations.V2_SEARCH) == list(DDL)
