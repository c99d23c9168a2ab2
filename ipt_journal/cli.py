"""The command line: the GUI by default, and subcommands for members and admins.

Exit codes (also in --help):
  0  done
  1  an unexpected error (reported in one sentence, nothing more)
  2  the command was used wrongly
  3  wrong passphrase or recovery code
  4  no journal there, or it is damaged
  5  the journal is open in another IPT Journal process
  6  a file to import was rejected (nothing was imported)
  7  a file or folder cannot be written there (full, read-only, or a place the app never
     writes, such as the journal's own folder); nothing was written
  8  no screen to show the window on (or system libraries it needs are missing)
  130 stopped with Ctrl+C
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ipt_journal.paths import resolve_data_dir

from ipt_journal.cli_parser import (  # noqa: F401 (the exit codes are part of this module's interface)
    EPILOG,
    EXIT_CANNOT_WRITE,
    EXIT_ERROR,
    EXIT_IMPORT_REJECTED,
    EXIT_IN_USE,
    EXIT_INTERRUPTED,
    EXIT_NO_SCREEN,
    EXIT_NO_VAULT,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    SecretReader,
    UsageError,
    build_parser,
)


def _data_dir(args: argparse.Namespace) -> Path:
    """The journal's folder; checked before anything in it is read, written or asked for."""
    from ipt_journal.vault import targets
    from ipt_journal.vault.vault import check_folder_is_private

    if args.data_dir is not None and not args.data_dir.strip():
        raise UsageError("--data-dir is empty; give a folder, or leave the option out for the default one.")
    data_dir = resolve_data_dir(args.data_dir)
    check_folder_is_private(data_dir)  # a file, or a folder others can change, is refused here
    targets.protect(data_dir)
    return data_dir


def _locked(data_dir: Path):  # type: ignore[no-untyped-def]
    from ipt_journal.vault.instance import InstanceLock

    return InstanceLock(data_dir) if data_dir.exists() else _null()


@contextmanager
def _lock_if_writable(data_dir: Path):  # type: ignore[no-untyped-def]
    import errno

    from ipt_journal.vault.instance import InstanceLock

    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except OSError as exc:
        if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        yield
        return
    try:
        yield
    finally:
        lock.release()


def _init(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from ipt_journal.domain.passphrase import check_passphrase
    from ipt_journal.vault.atomic import ensure_private_dir
    from ipt_journal.vault.instance import InstanceLock
    from ipt_journal.vault.vault import Vault, VaultState, state

    data_dir = _data_dir(args)
    if state(data_dir) is not VaultState.NONE:
        from ipt_journal.vault.errors import VaultExists

        raise VaultExists(f"There is already a journal (or part of one) in {data_dir}.")
    passphrase = secrets.read(args.passphrase_file, "New passphrase: ")
    if args.passphrase_file is None:
        if secrets.read(None, "Type it again: ") != passphrase:
            raise UsageError("The two passphrases were different; nothing was created.")
    verdict = check_passphrase(passphrase)
    if not verdict.acceptable:
        raise UsageError(verdict.hint)
    made = not data_dir.exists()
    try:
        ensure_private_dir(data_dir)
        with InstanceLock(data_dir):
            vault, code = Vault.create(data_dir, passphrase)
            vault.close()
    except BaseException:
        if made:  # a folder we made for a journal that could not be created goes again
            _remove_empty_folder(data_dir)
        raise
    out.write(f"Created a new journal in {data_dir}.\n")
    out.write("Your recovery code (write it down and keep it somewhere safe; it is shown only once):\n")
    out.write(f"{code}\n")
    return EXIT_OK


def _remove_empty_folder(folder: Path) -> None:
    from ipt_journal.paths import LOCK_NAME

    try:
        (folder / LOCK_NAME).unlink(missing_ok=True)
        folder.rmdir()
    except OSError:
        pass


def _open(args: argparse.Namespace, secrets: SecretReader, data_dir: Path):  # type: ignore[no-untyped-def]
    from ipt_journal.vault.backup import finish_pending_restore
    from ipt_journal.vault.vault import Vault, _require_present

    if data_dir.exists():
        finish_pending_restore(data_dir)  # a restore cut short between its renames rolls forward
    _require_present(data_dir)  # say "no journal" before asking for a secret
    if getattr(args, "recovery_code_file", None):
        return Vault.open(data_dir, recovery_code=secrets.read(args.recovery_code_file, "Recovery code: "), check_pages=True)
    return Vault.open(data_dir, passphrase=secrets.read(args.passphrase_file, "Passphrase: "), check_pages=True)


def _verify(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from ipt_journal.vault.errors import VaultDamaged

    if args.backup:
        from ipt_journal.vault.backup import verify_backup

        path = Path(args.backup)
        if args.recovery_code_file:
            info = verify_backup(path, recovery_code=secrets.read(args.recovery_code_file, "Recovery code: "))
        else:
            info = verify_backup(path, passphrase=secrets.read(args.passphrase_file, "Passphrase: "))
        out.write(f"The backup {path} is intact (made {info.created_at}, {info.counts.get('entries', 0)} entries).\n")
        return EXIT_OK
    from ipt_journal.vault.vault import _require_present, diagnose

    data_dir = _data_dir(args)
    _require_present(data_dir)
    # Diagnosing never writes the journal: no checkpoint, no finished restore. The lock keeps a
    # writer away while it reads; on read-only media there is no lock file to make, and no writer.
    with _lock_if_writable(data_dir):
        if args.recovery_code_file:
            found = diagnose(data_dir, recovery_code=secrets.read(args.recovery_code_file, "Recovery code: "))
        else:
            found = diagnose(data_dir, passphrase=secrets.read(args.passphrase_file, "Passphrase: "))
    if found.problems:
        raise VaultDamaged(f"The journal in {data_dir} opened, but its integrity check found problems; restore a backup.")
    if found.stale_wal:
        out.write(
            f"The journal in {data_dir} is intact ({found.entries} entries). A leftover file journal.db-wal "
            "beside it does not belong to it; the next time the journal opens, that file is moved into "
            "backups/ (kept, not applied). Nothing was changed now.\n"
        )
        return EXIT_OK
    out.write(f"The journal in {data_dir} opens and is intact ({found.entries} entries).\n")
    return EXIT_OK


def _change_passphrase(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from ipt_journal.domain.passphrase import check_passphrase

    data_dir = _data_dir(args)
    with _locked(data_dir):
        with _open(args, secrets, data_dir) as vault:
            new = secrets.read(args.new_passphrase_file, "New passphrase: ")
            if args.new_passphrase_file is None and secrets.read(None, "Type it again: ") != new:
                raise UsageError("The two passphrases were different; nothing was changed.")
            verdict = check_passphrase(new)
            if not verdict.acceptable:
                raise UsageError(verdict.hint)
            vault.change_passphrase(new)
    out.write("The passphrase was changed. The recovery code stays the same.\n")
    return EXIT_OK


def _day(text: str | None, *, end: bool = False):  # type: ignore[no-untyped-def]
    from datetime import date, datetime, time, timedelta, timezone

    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError("--from and --to take dates like 2024-05-31.") from None
    if end:
        if day == date.max:  # --to 9999-12-31: everything up to the end of the calendar
            return None
        day += timedelta(days=1)  # --to is the last day included
    try:
        return datetime.combine(day, time()).astimezone()
    except (OverflowError, ValueError):  # the first or last day of the calendar, in a far time zone
        return datetime.combine(day, time(), tzinfo=timezone.utc)


def _backup(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from ipt_journal.services.data_safety import back_up_to, backup_file_name
    from ipt_journal.vault.targets import check_target

    data_dir = _data_dir(args)
    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise UsageError(f"The folder {folder} does not exist.")
    check_target(folder / backup_file_name(), overwrite=False, protected=[data_dir])  # before the secret
    with _locked(data_dir):
        with _open(args, secrets, data_dir) as vault:
            info = back_up_to(vault, folder)
    out.write(f"Wrote an encrypted backup to {info.path} ({info.counts.get('entries', 0)} entries) and checked it.\n")
    return EXIT_OK


def _restore(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from ipt_journal.services.data_safety import restore
    from ipt_journal.vault.atomic import ensure_private_dir
    from ipt_journal.vault.backup import read_archive
    from ipt_journal.vault.instance import InstanceLock

    data_dir = _data_dir(args)  # a folder others can change is refused before its marker is read
    archive = Path(args.file).expanduser()
    read_archive(archive)[2].close()  # say "damaged" before asking for a secret
    ensure_private_dir(data_dir)
    with InstanceLock(data_dir) as lock:
        if args.recovery_code_file:
            secret = {"recovery_code": secrets.read(args.recovery_code_file, "The backup's recovery code: ")}
        else:
            secret = {"passphrase": secrets.read(args.passphrase_file, "The backup's passphrase: ")}
        info = restore(data_dir, archive, lock=lock, **secret)
    out.write(
        f"Restored the backup made {info.created_at or 'earlier'} ({info.counts.get('entries', 0)} entries). "
        "The journal you had is kept in the backups folder. It now opens with the backup's passphrase.\n"
    )
    return EXIT_OK


def _export(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from ipt_journal.services.data_safety import PLAINTEXT_WARNING, export_to, plain_document, write_markdown
    from ipt_journal.vault.targets import check_target

    data_dir = _data_dir(args)
    dest = Path(args.out).expanduser()
    if dest.is_dir():
        raise UsageError(f"{dest} is a folder; give a file name.")
    date_from, date_to = _day(args.date_from), _day(args.date_to, end=True)
    replace_names = args.replace_names or bool(args.name)
    if args.format == "json" and (date_from or date_to or replace_names or args.what):
        raise UsageError("--what, --from, --to and --replace-names work with md and pdf; json always holds everything.")
    what = args.what or "entries"
    if what != "entries" and (date_from or date_to):
        raise UsageError("--from and --to choose entries; the agenda and goals are always exported whole.")
    if date_from and date_to and date_to <= date_from:
        raise UsageError("--to is before --from; give the first day, then the last.")
    names = list(args.name) if replace_names else None
    check_target(dest, overwrite=args.force, protected=[data_dir])  # before any secret is asked for
    with _locked(data_dir):
        with _open(args, secrets, data_dir) as vault:
            args.err.write(f"ipt-journal: note: {PLAINTEXT_WARNING}\n")
            if args.format == "json":
                what_written = f"{export_to(vault, 'json', dest, overwrite=args.force)} records"
            else:
                doc = plain_document(vault, what, date_from=date_from, date_to=date_to, names=names)
                if args.format == "pdf":
                    from ipt_journal.ui.pdf import write_document_pdf

                    write_document_pdf(doc, dest, overwrite=args.force)
                else:
                    write_markdown(doc, dest, overwrite=args.force)
                what_written = doc.summary
    out.write(f"Exported {what_written} to {dest}.\n")
    return EXIT_OK


def _import(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from ipt_journal.services.data_safety import import_from

    data_dir = _data_dir(args)
    paths = [Path(f).expanduser() for f in args.files]
    with _locked(data_dir):
        with _open(args, secrets, data_dir) as vault:
            result = import_from(vault, args.format, paths)
    skipped = f"; {result.skipped} were already there and were skipped" if result.skipped else ""
    out.write(f"Imported {result.added} entries{skipped}.\n")
    return EXIT_OK


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _sqlite_place_error(message: str) -> str | None:
    text = message.lower()
    if "full" in text:
        return "there is no space left there"
    if "readonly" in text or "read-only" in text:
        return "that place is read-only"
    if "disk i/o" in text:
        return "the disk reported a read or write error"
    return None


COMMANDS = {
    "init": _init, "verify": _verify, "change-passphrase": _change_passphrase,
    "backup": _backup, "restore": _restore, "export": _export, "import": _import,
}

_UNEXPECTED = "an unexpected error stopped the command ({name})."


def _database_error(exc: BaseException, _args: argparse.Namespace) -> tuple[int, str]:
    reason = _sqlite_place_error(str(exc))  # SQLite's words for a place that cannot be written
    if reason:
        return EXIT_CANNOT_WRITE, (
            f"the journal cannot be written ({reason}); nothing was changed and nothing was lost. "
            "Free some space, or use a place that can be written, and try again."
        )
    return EXIT_ERROR, _UNEXPECTED.format(name=type(exc).__name__)


def _os_error(exc: BaseException, args: argparse.Namespace) -> tuple[int, str]:
    from ipt_journal.vault.targets import PLACE_ERRORS, cannot_write

    assert isinstance(exc, OSError)
    if exc.errno in PLACE_ERRORS:
        return EXIT_CANNOT_WRITE, cannot_write(Path(exc.filename or args.data_dir or "."), exc)
    return EXIT_ERROR, _UNEXPECTED.format(name=type(exc).__name__)


def error_table() -> tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], int | object, str | None], ...]:
    """Exception -> (exit code, sentence), first match wins. A sentence of None prints the exception's own
    one-sentence message (ours never hold member text); a code that is a function decides both."""
    from ipt_journal.vault import db
    from ipt_journal.vault.errors import (
        CannotWrite, KeyFileDamaged, NoVault, VaultDamaged, VaultError, VaultInUse, WrongPassphrase,
    )
    from ipt_journal.vault.import_files import ImportFailed

    return (
        (UsageError, EXIT_USAGE, None),
        (WrongPassphrase, EXIT_WRONG_SECRET, None),
        (CannotWrite, EXIT_CANNOT_WRITE, None),
        (ImportFailed, EXIT_IMPORT_REJECTED, None),
        ((KeyFileDamaged, NoVault, VaultDamaged), EXIT_NO_VAULT, None),
        (VaultInUse, EXIT_IN_USE, None),
        (VaultError, EXIT_NO_VAULT, None),
        (KeyboardInterrupt, EXIT_INTERRUPTED, "stopped; nothing more was changed."),
        (db.DatabaseError, _database_error, None),
        (OSError, _os_error, None),
        (Exception, EXIT_ERROR, _UNEXPECTED),  # never a traceback, never the message (it could hold text)
    )


def explain(exc: BaseException, args: argparse.Namespace) -> tuple[int, str]:
    """The exit code and the one sentence for an exception that ended a command."""
    for kinds, code, sentence in error_table():
        if isinstance(exc, kinds):
            if callable(code):
                return code(exc, args)  # type: ignore[no-any-return]
            text = str(exc) if sentence is None else sentence.format(name=type(exc).__name__)
            return int(code), text  # type: ignore[call-overload]
    raise exc  # BaseExceptions that are not ours to explain (SystemExit)


def _gui(args: argparse.Namespace, err: TextIO) -> int:
    """The window, after checking that there is a screen to show it on (before Qt is imported)."""
    from ipt_journal.startup import start_problem

    if args.data_dir is not None and not args.data_dir.strip():
        err.write("ipt-journal: --data-dir is empty; give a folder, or leave the option out.\n")
        return EXIT_USAGE
    problem = start_problem()
    if problem:
        err.write(f"ipt-journal: {problem}\n")
        return EXIT_NO_SCREEN
    from ipt_journal.app import run_gui

    return run_gui(resolve_data_dir(args.data_dir))


def _install_desktop(out: TextIO) -> int:
    from ipt_journal.desktop import install

    for path in install():
        out.write(f"{path}\n")
    return EXIT_OK


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    from ipt_journal.hardening import harden_process

    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage or help already
        return int(exc.code or 0)
    harden_process()
    args.err = err
    try:
        if args.install_desktop:
            return _install_desktop(out)
        if args.command is None:
            return _gui(args, err)
        return COMMANDS[args.command](args, SecretReader(stdin or sys.stdin), out)
    except Exception as exc:
        code, sentence = explain(exc, args)
    except KeyboardInterrupt as exc:
        code, sentence = explain(exc, args)
    err.write(f"ipt-journal: {sentence}\n")
    return code
