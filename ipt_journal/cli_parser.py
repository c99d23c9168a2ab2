"""What the command line accepts: its options (never abbreviated), its exit codes, and how secrets are read.

Errors about the arguments never repeat what was typed: any argument could be a secret given by mistake.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import NoReturn, TextIO

from ipt_journal import __version__

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_WRONG_SECRET, EXIT_NO_VAULT, EXIT_IN_USE = 0, 1, 2, 3, 4, 5
EXIT_IMPORT_REJECTED = 6
EXIT_CANNOT_WRITE = 7
EXIT_NO_SCREEN = 8
EXIT_INTERRUPTED = 130

EPILOG = """exit codes:
  0  done
  1  an unexpected error
  2  the command was used wrongly
  3  wrong passphrase or recovery code
  4  no journal there, or it is damaged
  5  the journal is open in another IPT Journal window
  6  a file to import was rejected (nothing was imported)
  7  a file or folder cannot be written there (nothing was written)
  8  no screen to show the window on (or system libraries it needs are missing)
  130  stopped with Ctrl+C (nothing more was changed)

Secrets are read from --*-file FILE ('-' reads standard input, one line each, in the
order the options are listed), or asked for on the terminal without echo. They are
never accepted as command-line arguments.
With no command, the app opens."""


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """No abbreviated options (--passphrase must never pass for --passphrase-file), and errors
    that never repeat what was typed: any argument could be a secret given by mistake."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {_without_values(message)}\n")


def _without_values(message: str) -> str:
    if "unrecognized arguments" in message:
        return "unrecognized arguments (not repeated here, in case one was a secret); see --help"
    # "argument --format: invalid choice: 'x' (choose from ...)": keep the option, drop what was typed.
    head, sep, rest = message.partition(": invalid choice: ")
    if sep:
        choices = rest[rest.find("(choose from"):] if "(choose from" in rest else ""
        return f"{head}: invalid choice {choices}".strip()
    head, sep, _value = message.partition(": invalid ")
    if sep:
        return f"{head}: invalid value"
    return message


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="the journal's folder (default: your user data folder)")

    parser = _Parser(
        prog="ipt-journal",
        description="IPT Journal: a private, encrypted journal for your process group.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"ipt-journal {__version__}")
    parser.add_argument(
        "--install-desktop", action="store_true",
        help="add IPT Journal to your desktop's application menu (for this user) and print the files written",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=help_text, description=help_text, epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter, parents=[common],
        )

    p = add("init", "create a new journal and print its recovery code once")
    p.add_argument("--passphrase-file", metavar="FILE")

    p = add("verify", "check that the journal (or a backup file) opens and is intact")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--recovery-code-file", metavar="FILE", help="unlock with the recovery code instead")
    p.add_argument("--backup", metavar="FILE", help="check this backup file instead of the journal")

    p = add("change-passphrase", "set a new passphrase (with the current one or the recovery code)")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--recovery-code-file", metavar="FILE", help="unlock with the recovery code instead")
    p.add_argument("--new-passphrase-file", metavar="FILE")

    p = add("backup", "write an encrypted backup of the journal into a folder")
    p.add_argument("--to", metavar="DIR", required=True, dest="folder", help="the folder for the backup file")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--recovery-code-file", metavar="FILE", help="unlock with the recovery code instead")

    p = add(
        "restore",
        "replace the journal with a backup (the current journal is kept in backups/ first); "
        "afterwards it opens with the backup's passphrase and recovery code",
    )
    p.add_argument("file", metavar="FILE", help="the .ijbackup file")
    p.add_argument("--passphrase-file", metavar="FILE", help="the passphrase that opens the backup")
    p.add_argument("--recovery-code-file", metavar="FILE", help="the backup's recovery code instead")

    p = add(
        "export",
        "write a plain (NOT encrypted) file: json (everything, to move or merge journals), or md or pdf "
        "(entries, your list for next session, or your goals, to read or print)",
    )
    p.add_argument("--format", choices=("json", "md", "pdf"), required=True)
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    p.add_argument(
        "--what", choices=("entries", "agenda", "goals"),
        help="md and pdf: entries (the default), agenda (your list for next session and past sessions) or goals",
    )
    p.add_argument("--from", metavar="DATE", dest="date_from", help="first day, YYYY-MM-DD (entries in md and pdf)")
    p.add_argument("--to", metavar="DATE", dest="date_to", help="last day, YYYY-MM-DD (entries in md and pdf)")
    p.add_argument(
        "--replace-names", action="store_true",
        help="replace other members' names (from feedback forms and --name) with Member A, Member B… (md and pdf)",
    )
    p.add_argument(
        "--name", action="append", default=[], metavar="NAME",
        help="a name or initials to replace (can be repeated; implies --replace-names)",
    )
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--recovery-code-file", metavar="FILE", help="unlock with the recovery code instead")

    p = add("import", "add entries from files: json (an IPT Journal export), jrnl, dayone (.json or .zip), md")
    p.add_argument("--format", choices=("json", "jrnl", "dayone", "md"), required=True)
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--recovery-code-file", metavar="FILE", help="unlock with the recovery code instead")
    return parser


class SecretReader:
    """Reads each secret from its file, from stdin ('-', one line per secret), or the terminal."""

    def __init__(self, stdin: TextIO) -> None:
        self._stdin = stdin

    def read(self, source: str | None, prompt: str) -> str:
        if source == "-":
            line = self._stdin.readline()
            if not line:
                raise UsageError("Standard input ended before the secret was given.")
            return line.lstrip("\ufeff").rstrip("\r\n")
        if source:
            # The file's name is never repeated: a secret typed where its file belongs must not be echoed.
            try:
                with open(source, "rb") as fh:
                    raw = fh.readline(64 * 1024)
            except OSError as exc:
                raise UsageError(f"The file with the secret could not be read ({exc.strerror}).") from None
            try:
                text = raw.decode("utf-8-sig")  # an editor's byte-order mark is not part of the passphrase
            except UnicodeDecodeError:
                raise UsageError("The file with the secret is not UTF-8 text.") from None
            return text.rstrip("\r\n")
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError("No terminal to ask on; give the secret with a --*-file option.")
        return getpass.getpass(prompt)
