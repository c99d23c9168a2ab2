"""The data commands: backup, restore, export, import, verify --backup, with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from ipt_journal.domain.entries import Entry
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE, snapshot
from tests.test_cli import init, run

P = PASSPHRASE + "\n"


def add_entries(data_dir: Path, *bodies: str) -> None:
    from datetime import datetime

    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        repo = JournalRepository(v)
        for i, body in enumerate(bodies):
            repo.save(Entry(kind="free", entry_at=datetime(2024, 1, 10 + i, 20).astimezone(), body=body))


def only_error_line(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err and err.startswith("ipt-journal: ")


def test_backup_verify_and_restore_on_new_data_dir(data_dir: Path, tmp_path: Path) -> None:
    recovery = init(data_dir)
    add_entries(data_dir, "first", "second")
    folder = tmp_path / "usb"
    folder.mkdir()
    code, out, err = run("backup", "--data-dir", str(data_dir), "--to", str(folder), "--passphrase-file", "-", stdin=P)
    assert code == 0, err
    archive = next(folder.glob("*.ijbackup"))
    assert "2 entries" in out
    assert run("verify", "--backup", str(archive), "--passphrase-file", "-", stdin=P)[0] == 0
    assert run("verify", "--backup", str(archive), "--recovery-code-file", "-", stdin=recovery + "\n")[0] == 0
    fresh = tmp_path / "fresh"
    code, out, err = run("restore", str(archive), "--data-dir", str(fresh), "--recovery-code-file", "-", stdin=recovery + "\n")
    assert code == 0, err
    assert "passphrase" in out
    exports = []
    for d in (data_dir, fresh):
        target = tmp_path / f"{d.name}.json"
        code, _, err = run("export", "--format", "json", "--out", str(target), "--data-dir", str(d),
                           "--passphrase-file", "-", stdin=P)
        assert code == 0 and "not encrypted" in err
        doc = json.loads(target.read_text(encoding="utf-8"))
        doc.pop("exported_at")
        exports.append(doc)
    assert exports[0] == exports[1]


def test_restore_failures_keep_the_journal(data_dir: Path, tmp_path: Path) -> None:
    init(data_dir)
    add_entries(data_dir, "keep me")
    code, _, _ = run("backup", "--data-dir", str(data_dir), "--to", str(tmp_path), "--passphrase-file", "-", stdin=P)
    archive = next(tmp_path.glob("*.ijbackup"))
    before = snapshot(data_dir)
    code, _, err = run("restore", str(archive), "--data-dir", str(data_dir), "--passphrase-file", "-",
                       stdin="wrong wrong wrong\n")
    assert code == 3 and only_error_line(err)
    damaged = tmp_path / "damaged.ijbackup"
    damaged.write_bytes(archive.read_bytes()[:3000])
    code, _, err = run("restore", str(damaged), "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=P)
    assert code == 4 and only_error_line(err) and "damaged" in err
    code, _, err = run("verify", "--backup", str(damaged), "--passphrase-file", "-", stdin=P)
    assert code == 4 and only_error_line(err)
    assert snapshot(data_dir) == before
    code, _, err = run("restore", str(tmp_path / "nope.ijbackup"), "--data-dir", str(data_dir), "--passphrase-file", "-",
                       stdin=P)
    assert code == 4 and only_error_line(err)


def test_export_markdown_and_pdf_with_dates_and_names(data_dir: Path, tmp_path: Path) -> None:
    init(data_dir)
    add_entries(data_dir, "Sam spoke first", "Jo was quiet", "later")
    md = tmp_path / "out.md"
    code, out, err = run("export", "--format", "md", "--out", str(md), "--from", "2024-01-10", "--to", "2024-01-11",
                         "--replace-names", "--name", "Sam", "--name", "Jo",
                         "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=P)
    assert code == 0, err
    assert err.count("\n") == 1 and "not encrypted" in err
    text = md.read_text(encoding="utf-8")
    assert "Member A spoke first" in text and "Member B was quiet" in text and "later" not in text
    pdf = tmp_path / "out.pdf"
    code, out, err = run("export", "--format", "pdf", "--out", str(pdf), "--data-dir", str(data_dir),
                         "--passphrase-file", "-", stdin=P)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and "3 entries" in out
    code, _, err = run("export", "--format", "md", "--out", str(md), "--from", "last tuesday", "--data-dir",
                       str(data_dir), "--passphrase-file", "-", stdin=P)
    assert code == 2 and only_error_line(err)
    code, _, err = run("export", "--format", "json", "--out", str(tmp_path / "x.json"), "--from", "2024-01-01",
                       "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=P)
    assert code == 2 and only_error_line(err)


def test_import_formats_and_rejections(data_dir: Path, tmp_path: Path) -> None:
    init(data_dir)
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"tags": {}, "entries": [
        {"date": "2020-01-01", "time": "09:00", "title": "t", "body": "from jrnl", "tags": [], "starred": False}]}))
    note = tmp_path / "note.md"
    note.write_text("---\ndate: 2021-02-03\n---\nfrom markdown\n")
    args = ("--data-dir", str(data_dir), "--passphrase-file", "-")
    code, out, err = run("import", "--format", "jrnl", str(jrnl), *args, stdin=P)
    assert code == 0 and "Imported 1 entries" in out, err
    code, out, _ = run("import", "--format", "jrnl", str(jrnl), *args, stdin=P)
    assert code == 0 and "Imported 0 entries; 1 were already there" in out
    assert run("import", "--format", "md", str(note), *args, stdin=P)[0] == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"entries": [{"date": ')
    before = snapshot(data_dir)
    code, _, err = run("import", "--format", "dayone", str(bad), *args, stdin=P)
    assert code == 6 and only_error_line(err) and "bad.json" in err
    assert snapshot(data_dir) == before
    export_file = tmp_path / "all.json"
    assert run("export", "--format", "json", "--out", str(export_file), *args, stdin=P)[0] == 0
    other = tmp_path / "other"
    init(other)
    code, out, err = run("import", "--format", "json", str(export_file), "--data-dir", str(other),
                         "--passphrase-file", "-", stdin=P)
    assert code == 0 and "Imported 2 entries" in out, err
    code, _, err = run("import", "--format", "xml", str(bad), *args, stdin=P)
    assert code == 2


def test_commands_without_a_journal(tmp_path: Path) -> None:
    empty = tmp_path / "none"
    for argv in (
        ("backup", "--to", str(tmp_path)),
        ("export", "--format", "json", "--out", str(tmp_path / "x.json")),
        ("import", "--format", "md", str(tmp_path / "x.md")),
    ):
        code, _, err = run(*argv, "--data-dir", str(empty), "--passphrase-file", "-", stdin=P)
        assert code == 4 and only_error_line(err), (argv, err)
    code, _, err = run("backup", "--to", str(tmp_path / "missing"), "--data-dir", str(empty), "--passphrase-file", "-",
                       stdin=P)
    assert code == 2 and only_error_line(err)


def test_help_lists_exit_code_6() -> None:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = run("import", "--help")[0]
    assert code == 0 and "6  a file to import was rejected" in buf.getvalue()


def test_export_agenda_and_goals_as_markdown_and_pdf(data_dir: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from ipt_journal.domain.agenda import AgendaItem
    from ipt_journal.domain.goals import CheckIn, Goal
    from ipt_journal.vault.agenda import AgendaRepository
    from ipt_journal.vault.goals import GoalRepository

    init(data_dir)
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        AgendaRepository(v).add(AgendaItem(text="Tell Jo I felt ignored", why="It keeps happening"))
        goal = GoalRepository(v).create(Goal(title="Speak up once", why="Jo talks first"))
        GoalRepository(v).add_checkin(CheckIn(int(goal.id), datetime(2024, 2, 1).astimezone(), direction=1))  # type: ignore[arg-type]
    args = ("--data-dir", str(data_dir), "--passphrase-file", "-")
    md = tmp_path / "agenda.md"
    code, out, err = run("export", "--format", "md", "--what", "agenda", "--out", str(md), "--name", "Jo", *args, stdin=P)
    assert code == 0, err
    assert out == f"Exported 1 open item and 0 past sessions to {md}.\n"
    assert err.count("\n") == 1 and "not encrypted" in err
    text = md.read_text(encoding="utf-8")
    assert "Tell Member A I felt ignored" in text and "Jo" not in text  # --name alone replaces names
    pdf = tmp_path / "goals.pdf"
    code, out, err = run("export", "--format", "pdf", "--what", "goals", "--out", str(pdf), *args, stdin=P)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and out == f"Exported 1 goal to {pdf}.\n"
    code, out, _ = run("export", "--format", "md", "--what", "goals", "--out", str(md), "--force", *args, stdin=P)
    assert code == 0 and "### Speak up once" in md.read_text(encoding="utf-8")
    assert "- " in md.read_text(encoding="utf-8") and "moving toward" in md.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["agenda.md", "goals.pdf"]


def test_export_options_that_do_not_fit_are_usage_errors(data_dir: Path, tmp_path: Path) -> None:
    init(data_dir)
    args = ("--data-dir", str(data_dir), "--passphrase-file", "-")
    md = str(tmp_path / "x.md")
    for argv in (
        ("--format", "md", "--what", "agenda", "--from", "2024-01-01"),
        ("--format", "pdf", "--what", "goals", "--to", "2024-01-01"),
        ("--format", "json", "--what", "goals"),
        ("--format", "json", "--name", "Sam"),
        ("--format", "md", "--from", "2024-02-01", "--to", "2024-01-01"),
    ):
        out_file = md if argv[1] != "json" else str(tmp_path / "x.json")
        code, _, err = run("export", *argv, "--out", out_file, *args, stdin=P)
        assert code == 2 and only_error_line(err), (argv, err)
    code, _, err = run("export", "--format", "md", "--what", "everything", "--out", md, *args, stdin=P)
    assert code == 2
    assert not any(p.suffix in (".md", ".json") for p in tmp_path.iterdir())  # nothing was written


def test_export_help_explains_what() -> None:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = run("export", "--help")[0]
    text = buf.getvalue()
    assert code == 0 and "--what {entries,agenda,goals}" in text and "NOT encrypted" in text
    assert "implies --replace-names" in text
