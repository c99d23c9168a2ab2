import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ipt_journal.vault import backup, migrations
from ipt_journal.vault.errors import NoVault, VaultDamaged, VaultExists, VaultInUse, WrongPassphrase
from ipt_journal.vault.instance import InstanceLock
from ipt_journal.vault.settings import VaultSettings
from ipt_journal.vault.vault import Vault, VaultState, db_path, key_path, state
from tests.conftest import PASSPHRASE, files_containing, snapshot


def test_create_then_open(data_dir: Path) -> None:
    assert state(data_dir) is VaultState.NONE
    v, code = Vault.create(data_dir, PASSPHRASE)
    VaultSettings(v).set("note", "hello")
    v.close()
    assert state(data_dir) is VaultState.PRESENT
    with Vault.open(data_dir, passphrase=PASSPHRASE) as again:
        assert VaultSettings(again).get("note") == "hello"
        assert again.integrity_problems() == []
    with Vault.open(data_dir, recovery_code=code) as by_code:
        assert VaultSettings(by_code).get("note") == "hello"


def test_files_are_private_and_encrypted(vault: Vault) -> None:
    data_dir = vault.data_dir
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for p in (db_path(data_dir), key_path(data_dir)):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    vault.close()
    assert not db_path(data_dir).read_bytes().startswith(b"SQLite format 3")


def test_pragmas_are_enforced(vault: Vault) -> None:
    c = vault.conn
    assert c.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert c.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert c.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION


def test_create_refuses_existing_vault(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault.data_dir, PASSPHRASE)


def test_wrong_passphrase_changes_nothing(vault: Vault) -> None:
    data_dir = vault.data_dir
    vault.close()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, passphrase="not the passphrase at all")
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, recovery_code="AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert snapshot(data_dir) == before


def test_change_passphrase_rewraps_only(vault_with_code) -> None:  # type: ignore[no-untyped-def]
    vault, code = vault_with_code
    data_dir = vault.data_dir
    VaultSettings(vault).set("kept", 1)
    vault.close()
    db_before = db_path(data_dir).read_bytes()
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        v.change_passphrase("a brand new passphrase here")
    assert db_path(data_dir).read_bytes() == db_before  # no rekey of the database
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, passphrase=PASSPHRASE)
    with Vault.open(data_dir, passphrase="a brand new passphrase here") as v:
        assert VaultSettings(v).get("kept") == 1
    with Vault.open(data_dir, recovery_code=code) as v:
        assert VaultSettings(v).get("kept") == 1


def test_no_vault(data_dir: Path) -> None:
    with pytest.raises(NoVault):
        Vault.open(data_dir, passphrase=PASSPHRASE)
    assert not data_dir.exists()


def test_missing_key_file_is_damage_not_a_new_vault(vault: Vault) -> None:
    data_dir = vault.data_dir
    vault.close()
    key_path(data_dir).unlink()
    with pytest.raises(VaultDamaged, match="key file"):
        Vault.open(data_dir, passphrase=PASSPHRASE)
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE)
    assert state(data_dir) is VaultState.PARTIAL


def test_missing_database(vault: Vault) -> None:
    data_dir = vault.data_dir
    vault.close()
    db_path(data_dir).unlink()
    with pytest.raises(VaultDamaged, match="database"):
        Vault.open(data_dir, passphrase=PASSPHRASE)


def _flip(path: Path, offset: int, count: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, min(offset + count, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: _flip(p, 0), id="zero-header"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:1000]), id="truncated"),
        pytest.param(lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080), id="plain-sqlite"),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
    ],
)
def test_damaged_database_is_reported(vault: Vault, damage) -> None:  # type: ignore[no-untyped-def]
    data_dir = vault.data_dir
    VaultSettings(vault).set("x", "y" * 5000)
    vault.close()
    damage(db_path(data_dir))
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, passphrase=PASSPHRASE)


def test_flipped_page_is_found_by_integrity_check(vault: Vault) -> None:
    data_dir = vault.data_dir
    s = VaultSettings(vault)
    for i in range(200):
        s.set(f"k{i}", "v" * 200)
    vault.close()
    size = db_path(data_dir).stat().st_size
    _flip(db_path(data_dir), size - 3000, 8)  # inside a late page
    try:
        with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
            problems = v.integrity_problems()
        assert problems, "a flipped page must not pass the checks"
    except VaultDamaged:
        pass  # equally acceptable: refused at open


def test_corrupt_key_file(vault: Vault) -> None:
    data_dir = vault.data_dir
    vault.close()
    key_path(data_dir).write_text("{ not json")
    with pytest.raises(VaultDamaged, match="key file"):
        Vault.open(data_dir, passphrase=PASSPHRASE)


def test_folder_writable_by_others_is_refused(vault: Vault) -> None:
    data_dir = vault.data_dir
    vault.close()
    os.chmod(data_dir, 0o777)
    try:
        with pytest.raises(VaultDamaged, match="other users"):
            Vault.open(data_dir, passphrase=PASSPHRASE)
    finally:
        os.chmod(data_dir, 0o700)


def test_migration_makes_an_encrypted_backup_first(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = vault.data_dir
    VaultSettings(vault).set("before", "migration")
    vault.close()

    def add_column(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    extended = (*migrations.MIGRATIONS, migrations.Migration(migrations.LATEST_VERSION + 1, "extra", add_column))
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    monkeypatch.setattr(migrations, "LATEST_VERSION", extended[-1].version)
    monkeypatch.setattr(migrations.migrate, "__defaults__", (extended,))
    monkeypatch.setattr(migrations.pending, "__defaults__", (extended,))
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == extended[-1].version
        assert v.conn.execute("SELECT count(*) FROM extra").fetchone()[0] == 0
    backups = list((data_dir / "backups").glob("before-migration-*"))
    assert len(backups) == 1
    info = backup.verify_backup(backups[0], passphrase=PASSPHRASE)
    assert info.schema_version == extended[-2].version  # the copy is of the vault before migrating
    assert info.counts["settings"] == 1
    assert b"migration" not in backups[0].read_bytes()


def test_failed_migration_rolls_back(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = vault.data_dir
    vault.close()

    def broken(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute("CREATE TABLE half (id INTEGER)")
        raise RuntimeError("boom")

    extended = (*migrations.MIGRATIONS, migrations.Migration(99, "broken", broken))
    monkeypatch.setattr(migrations, "LATEST_VERSION", 99)
    monkeypatch.setattr(migrations.migrate, "__defaults__", (extended,))
    monkeypatch.setattr(migrations.pending, "__defaults__", (extended,))
    with pytest.raises(RuntimeError):
        Vault.open(data_dir, passphrase=PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert v.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0


def test_newer_schema_is_refused(vault: Vault) -> None:
    data_dir = vault.data_dir
    vault.conn.execute("PRAGMA user_version = 999")
    vault.close()
    with pytest.raises(VaultDamaged, match="newer version"):
        Vault.open(data_dir, passphrase=PASSPHRASE)


def test_close_drops_the_key(vault: Vault) -> None:
    key = vault._key
    vault.close()
    assert not vault.is_open
    assert bytes(key) == bytes(len(key))


def test_single_instance_lock(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    with InstanceLock(data_dir):
        with pytest.raises(VaultInUse):
            InstanceLock(data_dir).acquire()
        code = (
            "import sys; from pathlib import Path; from ipt_journal.vault.instance import InstanceLock\n"
            "try:\n    InstanceLock(Path(sys.argv[1])).acquire()\nexcept Exception as e:\n"
            "    print(type(e).__name__); sys.exit(0)\nsys.exit(1)"
        )
        out = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True)
        assert out.returncode == 0 and out.stdout.strip() == "VaultInUse"
    InstanceLock(data_dir).acquire()  # free again once released


def test_marker_never_reaches_disk_in_plaintext(vault: Vault, tmp_path: Path) -> None:
    marker = "ZEBRA-MARKER-7f3a91"
    s = VaultSettings(vault)
    for i in range(50):
        s.set(f"m{i}", f"{marker} {i} " * 20)
    vault.backup_to(vault.backups_dir() / "b.ijbackup")
    assert files_containing(vault.data_dir, marker) == []  # while open: db, -wal, -shm
    vault.close()
    assert files_containing(vault.data_dir, marker) == []
    assert files_containing(tmp_path, marker) == []


def test_real_upgrade_from_version_1(data_dir: Path) -> None:
    """A vault made by the first release (schema 1) opens, is backed up, then migrated."""
    from ipt_journal.vault import db, keyfile
    from ipt_journal.vault.atomic import ensure_private_dir

    ensure_private_dir(data_dir)
    key = bytes(range(32))
    conn = db.connect(db_path(data_dir), key, create=True)
    migrations.migrate(conn, migrations.MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO entries (uid, kind, entry_at, created_at, updated_at, body) VALUES ('u1', 'free', "
        "'2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00', 'old words')"
    )
    conn.close()
    keyfile.write(key_path(data_dir), keyfile.create(key, PASSPHRASE, keyfile.new_recovery_code()))
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert v.conn.execute("SELECT body FROM entries").fetchone()[0] == "old words"
        assert v.conn.execute("SELECT count(*) FROM goals").fetchone()[0] == 0
    (b,) = list((data_dir / "backups").glob("before-migration-v1-*"))
    assert backup.verify_backup(b, passphrase=PASSPHRASE).schema_version == 1
