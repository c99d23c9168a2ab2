"""Test setup: offscreen Qt, every path in a temp dir, and a fast Argon2 profile for test vaults."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ipt_journal.vault import keyfile  # noqa: E402

# Test vaults use a cheap Argon2id profile; the production profile is exercised once
# in tests/vault/test_keyfile.py::test_production_profile_is_rfc9106_low_memory.
FAST_KDF = keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASSPHRASE = "blue kettle quiet morning"


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user data dir, settings or temp dir."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("IPT_JOURNAL_DATA_DIR", str(home / "default-vault"))
    monkeypatch.setattr(keyfile, "default_kdf", FAST_KDF)
    try:
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))
    except ImportError:  # pragma: no cover
        pass


@pytest.fixture(autouse=True)
def _document_words_back_to_english():  # type: ignore[no-untyped-def]
    """A test that starts the app in another language leaves the export documents' words behind: reset."""
    yield
    from ipt_journal.domain import entries
    from ipt_journal.vault import documents

    documents.use_words({})
    entries.use_labels(None)


@pytest.fixture(autouse=True)
def _widgets_deleted_after_each_test():  # type: ignore[no-untyped-def]
    """pytest-qt closes a test's widgets and asks Qt to delete them later; do it now.

    Left to pile up (thousands of widgets over a file), every later font or colour change
    re-polished them all, and the suite slowed by minutes.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(data_dir: Path):  # type: ignore[no-untyped-def]
    from ipt_journal.vault.vault import Vault

    v, _code = Vault.create(data_dir, PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def vault_with_code(data_dir: Path):  # type: ignore[no-untyped-def]
    from ipt_journal.vault.vault import Vault

    v, code = Vault.create(data_dir, PASSPHRASE)
    yield v, code
    v.close()


@pytest.fixture
def session(vault):  # type: ignore[no-untyped-def]
    """An unlocked Session (the object the GUI works through) on a fresh test vault."""
    from ipt_journal.services.session import Session

    data_dir = vault.data_dir
    vault.close()
    s = Session(data_dir)
    s.unlock(PASSPHRASE)
    yield s
    s.lock()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder with its bytes, to prove nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def files_containing(folder: Path, marker: str) -> list[Path]:
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]
    hits = []
    for p in folder.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            if any(n in data for n in needles):
                hits.append(p)
    return hits


def vault_at_schema(data_dir: Path, version: int):  # type: ignore[no-untyped-def]
    """A new vault made with only the migrations up to version, as an older app would have left it."""
    from ipt_journal.vault import migrations
    from ipt_journal.vault.vault import Vault

    older = tuple(m for m in migrations.MIGRATIONS if m.version <= version)
    saved = migrations.migrate.__defaults__, migrations.pending.__defaults__
    migrations.migrate.__defaults__ = (older,)
    migrations.pending.__defaults__ = (older,)
    try:
        v, _code = Vault.create(data_dir, PASSPHRASE)
    finally:
        migrations.migrate.__defaults__, migrations.pending.__defaults__ = saved
    assert v.conn.execute("PRAGMA user_version").fetchone()[0] == older[-1].version
    return v
