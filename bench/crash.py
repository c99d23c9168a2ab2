"""python -m bench.crash [--rounds 1000] [--backups 40] [--exports 300] [--seed S] [--keep DIR]: the long crash-safety run.

--backups N (0 to leave it out): a child restores two lean backups in turn and backs up after each;
it is sent SIGKILL at a random moment (often inside the rebuild of the search index). The vault must
then hold one whole state with a search row for every entry, and every finished archive must verify.

--exports N (0 to leave it out): the experiment of tests/security/test_export_kills.py, N times.
An export child (JSON or Markdown; the anonymous-file writer, or for SIGTERM also the fallback
with its hidden temp file) is sent SIGKILL or SIGTERM at a random progress step; the target
folder must then hold nothing, or exactly the complete file.

The same experiment as tests/security/test_crash_safety.py, many more times: a child process
saves entries on one vault and is killed with SIGKILL at a random point (70 % while saves run
freely, so usually inside a save or its COMMIT; 30 % waiting between saves). After every kill
the vault must open, pass its integrity checks, hold every entry whose save had returned
(been reported) before the kill, at most one more, and a search-index row for each.

Prints one line per 50 rounds and a summary: rounds, kills, verified saves, seconds. Exit code
0 when every round passed, 1 at the first failure (with the round and what was wrong).
The vault uses a cheap Argon2id profile (the key derivation is not what is being tested);
it lives in a temporary folder that is removed at the end unless --keep is given.
(The helpers below are copied from tests/security/_proc.py; bench does not import tests.)
"""

from __future__ import annotations

import argparse
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "crash bench kettle morning"
LINE_TIMEOUT = 30.0


def _fast_kdf():  # type: ignore[no-untyped-def]
    from ipt_journal.vault import keyfile

    return keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


# -- the child: save entries, print each uid after its save returned ------------------------------


def child(data_dir: Path, gated: bool) -> None:
    from ipt_journal.domain.entries import Entry
    from ipt_journal.vault.journal import JournalRepository
    from ipt_journal.vault.vault import Vault

    vault = Vault.open(data_dir, passphrase=PASSPHRASE)
    repo = JournalRepository(vault)
    print("ready", flush=True)
    n = 0
    while True:
        if gated and not sys.stdin.readline():
            break
        n += 1
        entry = repo.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body=f"entry {n} " * 40))
        print(entry.uid, flush=True)


def export_child(data_dir: Path, dest: Path, fmt: str, mode: str) -> None:
    from ipt_journal.services import data_safety
    from ipt_journal.vault import export, json_export, targets
    from ipt_journal.vault.vault import Vault

    targets.USE_TMPFILE = mode == "tmpfile"
    json_export.BATCH, json_export.WRITE_CHARS = 3, 64
    steps = [0]

    def progress(_done: int, _total: int) -> None:
        steps[0] += 1
        print(f"step {steps[0]}", flush=True)

    with Vault.open(data_dir, passphrase=PASSPHRASE) as vault:
        print("ready", flush=True)
        if fmt == "json":
            data_safety.export_to(vault, "json", dest, progress=progress)
        else:
            doc = data_safety.plain_document(vault, "entries", progress=progress)
            body = export.document_markdown(doc)
            with targets.requested_file(dest, protected=[vault.data_dir]) as fh:
                for i in range(0, len(body), 256):
                    fh.write(body[i : i + 256])
                    fh.flush()
                    progress(i, len(body))
    print("done", flush=True)


def run_exports(rounds: int, seed: int, data_dir: Path, entries: int = 60) -> dict[str, float]:
    import json

    from ipt_journal.domain.entries import Entry
    from ipt_journal.vault.journal import JournalRepository
    from ipt_journal.vault.vault import Vault

    v, _code = Vault.create(data_dir, PASSPHRASE, kdf=_fast_kdf())
    repo = JournalRepository(v)
    for i in range(entries):
        repo.save(Entry(kind="free", entry_at=datetime(2024, 1, 1).astimezone(), body=f"export words {i} " * 20))
    v.close()
    rng = random.Random(seed)
    seen = {"nothing": 0, "complete": 0}
    started = time.monotonic()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    for r in range(1, rounds + 1):
        sig = signal.SIGKILL if r % 2 else signal.SIGTERM
        mode = "fallback" if sig == signal.SIGTERM and r % 4 == 0 else "tmpfile"
        fmt = "json" if rng.random() < 0.5 else "md"
        out = data_dir.parent / f"export-{r}"
        out.mkdir()
        dest = out / f"export.{fmt}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.crash", "--export-child", str(data_dir), str(dest), fmt, mode],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
        )
        reader = LineReader(proc)
        try:
            if reader.readline() != "ready":
                raise RuntimeError("the export child did not start")
            for _ in range(rng.randint(0, 30)):
                if reader.readline() == "done":
                    break
            if proc.poll() is None:
                proc.send_signal(sig)
            proc.wait(timeout=LINE_TIMEOUT)
        except RuntimeError:
            pass  # it finished (or died) before the chosen step: checked below like every round
        finally:
            kill(proc)
        left = sorted(p.name for p in out.iterdir())
        if left not in ([], [dest.name]):
            print(f"export round {r}: FAILED: {mode}/{fmt}/{signal.Signals(sig).name} left {left}", flush=True)
            return {"failed_round": r}
        if left:
            text = dest.read_text(encoding="utf-8")
            whole = (len(json.loads(text)["tables"]["entries"]["rows"]) == entries if fmt == "json"
                     else text.count("export words") == entries * 20)
            if not whole:
                print(f"export round {r}: FAILED: an incomplete file at the target name", flush=True)
                return {"failed_round": r}
        seen["complete" if left else "nothing"] += 1
        shutil.rmtree(out)
    return {"export_rounds": rounds, "left_nothing": seen["nothing"], "left_complete": seen["complete"],
            "export_seconds": round(time.monotonic() - started, 1)}


def backup_child(data_dir: Path, store: Path, arch_a: Path, arch_b: Path) -> None:
    """Restore A, back up, restore B, back up, ... printing a line after each returns (all lean archives)."""
    from ipt_journal.vault.backup import restore_backup
    from ipt_journal.vault.instance import InstanceLock
    from ipt_journal.vault.vault import Vault

    print("ready", flush=True)
    n = 0
    with InstanceLock(data_dir):
        while True:
            n += 1
            restore_backup(data_dir, arch_a if n % 2 else arch_b, passphrase=PASSPHRASE)
            print("restored", flush=True)
            with Vault.open(data_dir, passphrase=PASSPHRASE) as vault:
                vault.backup_to(store / f"b-{n:05d}.ijbackup")
            print("backup", flush=True)


def run_backups(rounds: int, seed: int, tmp: Path) -> dict[str, float]:
    """SIGKILL a child that restores and makes backups, at a random moment (often inside a rebuild
    of the search index). After each kill the vault holds one whole state with its whole index, and
    every archive under a final name verifies (its index rebuilt in a temp folder)."""
    from ipt_journal.domain.entries import Entry
    from ipt_journal.vault import db
    from ipt_journal.vault.backup import verify_backup
    from ipt_journal.vault.journal import JournalRepository
    from ipt_journal.vault.vault import Vault

    data_dir, store = tmp / "vault", tmp / "archives"
    store.mkdir(parents=True)
    v = Vault.create(data_dir, PASSPHRASE, kdf=_fast_kdf())[0]
    repo = JournalRepository(v)
    for i in range(300):
        repo.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body=f"state alpha {i} " * 40))
    arch_a = v.backup_to(tmp / "a.ijbackup").path
    for i in range(200):
        repo.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body=f"state bravo {i} " * 40))
    arch_b = v.backup_to(tmp / "b.ijbackup").path
    v.close()
    rng = random.Random(seed)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    started, verified, lines_seen = time.monotonic(), set(), 0
    for round_no in range(1, rounds + 1):
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.crash", "--backup-child", str(data_dir), str(store), str(arch_a), str(arch_b)],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
        )
        reader = LineReader(proc)
        try:
            if reader.readline() != "ready":
                raise RuntimeError("the backup child did not start")
            for _ in range(rng.randint(0, 3)):
                reader.readline()
                lines_seen += 1
            time.sleep(rng.uniform(0, 1.0))  # lands anywhere inside the next restore or backup
        finally:
            kill(proc, reader)
        with Vault.open(data_dir, passphrase=PASSPHRASE) as vault:
            problems = db.integrity_problems(vault.conn)
            entries = vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
            indexed = vault.conn.execute("SELECT count(*) FROM entries_fts").fetchone()[0]
        problem = (f"integrity: {problems[:2]}" if problems else f"{entries} entries" if entries not in (300, 500)
                   else f"{indexed} index rows for {entries} entries" if indexed != entries else None)
        for p in sorted(store.glob("*.ijbackup")):
            if p.name not in verified and problem is None:
                if verify_backup(p, passphrase=PASSPHRASE).counts["entries"] not in (300, 500):
                    problem = f"{p.name} holds neither state"
                verified.add(p.name)
        if problem:
            print(f"backup round {round_no}: FAILED: {problem}", flush=True)
            return {"failed_round": round_no}
    return {"backup_rounds": rounds, "backup_lines": lines_seen, "archives_verified": len(verified),
            "backup_seconds": round(time.monotonic() - started, 1)}


# -- the parent ---------------------------------------------------------------------------------


def spawn(data_dir: Path, gated: bool) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen(
        [sys.executable, "-m", "bench.crash", "--child", str(data_dir), "gated" if gated else "free"],
        cwd=ROOT, env=env, stdin=subprocess.PIPE if gated else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
    )


class LineReader:
    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        self.proc, self.fd, self.buf = proc, proc.stdout.fileno(), b""

    def drain(self) -> list[str]:
        """After the child is dead: the complete lines it printed that were not read yet."""
        assert self.proc.stdout is not None
        data = self.buf + self.proc.stdout.read()
        self.buf = b""
        return [line.decode() for line in data.split(b"\n")[:-1]]

    def readline(self) -> str:
        deadline = time.monotonic() + LINE_TIMEOUT
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RuntimeError(f"child said nothing for {LINE_TIMEOUT} s")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    err = self.proc.stderr.read().decode(errors="replace")[-2000:] if self.proc.stderr else ""
                    raise RuntimeError(f"child ended early (rc={self.proc.wait()}): {err}")
                self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode()


def kill(proc: subprocess.Popen[bytes], reader: LineReader | None = None) -> list[str]:
    """SIGKILL and reap; returns the lines the child printed that were not read yet."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=LINE_TIMEOUT)
    late = reader.drain() if reader is not None else []
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
    return late


def run(rounds: int, seed: int, data_dir: Path, log_every: int = 50) -> dict[str, float]:
    from ipt_journal.vault import db
    from ipt_journal.vault.vault import Vault, VaultState, state

    Vault.create(data_dir, PASSPHRASE, kdf=_fast_kdf())[0].close()
    rng = random.Random(seed)
    reported: list[str] = []
    kills = {"in-flight": 0, "at-rest": 0}
    unreported = 0
    started = time.monotonic()
    for round_no in range(1, rounds + 1):
        gated = rng.random() < 0.3
        proc = spawn(data_dir, gated)
        reader = LineReader(proc)
        try:
            if reader.readline() != "ready":
                raise RuntimeError("the child did not start")
            for _ in range(rng.randint(1, 30)):
                if gated:
                    assert proc.stdin is not None
                    proc.stdin.write(b"go\n")
                    proc.stdin.flush()
                uid = reader.readline()
                if len(uid) != 32:
                    raise RuntimeError(f"unexpected line from the child: {uid!r}")
                reported.append(uid)
        finally:
            # saves reported in the same read as the last line counted, or just before the kill
            reported.extend(line for line in kill(proc, reader) if len(line) == 32)
        kills["at-rest" if gated else "in-flight"] += 1

        problem = None
        if state(data_dir) is not VaultState.PRESENT:
            problem = f"vault state {state(data_dir)}"
        else:
            with Vault.open(data_dir, passphrase=PASSPHRASE) as vault:
                integrity = db.integrity_problems(vault.conn)
                present = {r[0] for r in vault.conn.execute("SELECT uid FROM entries")}
                fts = vault.conn.execute("SELECT count(*) FROM entries_fts").fetchone()[0]
            missing = [u for u in reported if u not in present]
            extra = len(present) - len(reported)
            if integrity:
                problem = f"integrity check: {integrity[:3]}"
            elif missing:
                problem = f"{len(missing)} reported saves lost"
            elif not 0 <= extra <= 1:
                problem = f"{extra} saves present but never reported (at most 1 may be)"
            elif fts != len(present):
                problem = f"search index has {fts} rows for {len(present)} entries"
            else:
                unreported += extra
                reported.extend(present.difference(reported))
        if problem:
            print(f"round {round_no}: FAILED: {problem}", flush=True)
            return {"failed_round": round_no}
        if round_no % log_every == 0 or round_no == rounds:
            print(f"round {round_no}: ok, {len(reported)} saves verified, {time.monotonic() - started:.0f} s", flush=True)
    return {
        "rounds": rounds, "kills": sum(kills.values()), "kills_in_flight": kills["in-flight"],
        "kills_at_rest": kills["at-rest"], "verified_saves": len(reported), "unreported_commits": unreported,
        "seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crash", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--keep", type=Path, help="build the vault in this NEW folder and keep it")
    parser.add_argument("--exports", type=int, default=300, help="export kill rounds (0: none)")
    parser.add_argument("--backups", type=int, default=40, help="backup and restore kill rounds (0: none)")
    parser.add_argument("--child", nargs=2, metavar=("DATA_DIR", "MODE"), help=argparse.SUPPRESS)
    parser.add_argument("--backup-child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--export-child", nargs=4, metavar=("DATA_DIR", "DEST", "FMT", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), args.child[1] == "gated")
        return 0
    if args.backup_child:
        backup_child(*(Path(a) for a in args.backup_child))
        return 0
    if args.export_child:
        export_child(Path(args.export_child[0]), Path(args.export_child[1]), args.export_child[2], args.export_child[3])
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="ipt-crash-"))
    data_dir = args.keep if args.keep else tmp / "vault"
    try:
        result = run(args.rounds, args.seed, data_dir) if args.rounds > 0 else {
            "rounds": 0, "kills": 0, "kills_in_flight": 0, "kills_at_rest": 0, "verified_saves": 0,
            "unreported_commits": 0, "seconds": 0}
        if "failed_round" not in result and args.backups > 0:
            kept = run_backups(args.backups, args.seed, tmp / "backups")
            if "failed_round" in kept:
                return 1
            print(
                f"backup and restore kills: {kept['backup_rounds']} rounds, {kept['archives_verified']} archives "
                f"verified with their index rebuilt, each vault one whole state with its whole index, "
                f"{kept['backup_seconds']} s"
            )
        if "failed_round" not in result and args.exports > 0:
            exported = run_exports(args.exports, args.seed, tmp / "exports" / "vault")
            if "failed_round" in exported:
                return 1
            print(
                f"export kills: {exported['export_rounds']} rounds (SIGKILL and SIGTERM), {exported['left_nothing']} "
                f"left nothing, {exported['left_complete']} left the complete file, none anything else, "
                f"{exported['export_seconds']} s"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if "failed_round" in result:
        return 1
    print(
        f"crash: {result['rounds']} rounds, {result['kills']} SIGKILLs ({result['kills_in_flight']} while saving, "
        f"{result['kills_at_rest']} between saves), {result['verified_saves']} saves verified after every kill "
        f"({result['unreported_commits']} committed but unreported), {result['seconds']} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
