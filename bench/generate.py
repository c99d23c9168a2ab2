"""A deterministic synthetic journal: ~300-word entries of every kind over ~10 years."""

from __future__ import annotations

import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from ipt_journal.domain.entries import FEELING_WORDS, FORMS, Entry, Feeling
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

PASSPHRASE = "bench harness quiet kettle morning"
YEARS = 10

COMMON = (
    "the and to of a in that it was for on with as group my me he she they we you i not be at this had but "
    "what when felt feel think said about there someone because so just like time today again after before "
    "week session talk talking others people partner friend mother father sister brother work home evening "
    "morning body chest breath voice face eyes hands quiet silence listen listened heard saw noticed wanted "
    "could would should maybe really very much more less still something nothing everything always never "
    "sometimes often why how who where then now here room circle therapist member members turn speak spoke "
    "looked looking asked answer question answered tried trying hard easy change changed same different old "
    "new first last next little big long short warm cold good bad better worse right wrong true real mind "
    "heart pattern feedback held back moment thought memory remember remembered childhood school family"
).split()

FEELINGS = tuple(w for w in FEELING_WORDS if " " not in w)

# Rare words: a few hundred made-up but pronounceable words, each used seldom.
_SYL = ("ka", "lo", "mi", "ren", "ta", "vo", "shu", "bel", "dor", "fin", "gra", "hal", "jun", "pex", "qui", "zor")


def _rare_words(n: int = 600) -> list[str]:
    rng = random.Random(4242)
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(_SYL) for _ in range(rng.randint(3, 4))))
    return sorted(out)


RARE = _rare_words()
VOCAB = COMMON + list(FEELINGS) + RARE
# Zipf-like weights for common words, a fixed weight for feelings, tiny weights for rare words.
WEIGHTS = [1.0 / (i + 1) ** 0.8 for i in range(len(COMMON))] + [0.02] * len(FEELINGS) + [0.0008] * len(RARE)
TAGS = [
    "work", "family", "partner", "group", "mother", "father", "sleep", "anger", "conflict", "progress",
    "dream", "body", "fear", "sister", "friendship", "loneliness", "boundaries", "shame", "joy", "feedback",
    "holiday", "therapy", "childhood", "money", "health", "trust", "silence", "grief", "hope", "weekend",
]  # fmt: skip

# Kind mix: half free writing, the rest spread over the reflection forms.
KIND_WEIGHTS = {"free": 50, "moment": 14, "nonverbal": 5, "avoided": 8, "feedback": 8, "pattern": 6,
                "unformed": 5, "concern": 4}  # fmt: skip


class Words:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        # Pre-computed cumulative weights keep generation of 100,000 entries fast.
        self._cum = []
        total = 0.0
        for w in WEIGHTS:
            total += w
            self._cum.append(total)

    def words(self, n: int) -> list[str]:
        return self.rng.choices(VOCAB, cum_weights=self._cum, k=n)

    def sentence(self, n: int) -> str:
        w = self.words(n)
        return " ".join(w).capitalize() + self.rng.choice(".....?!")

    def paragraphs(self, total_words: int) -> str:
        rng = self.rng
        paras: list[str] = []
        left = total_words
        while left > 0:
            n = min(left, rng.randint(30, 90))
            sentences = []
            k = n
            while k > 0:
                m = min(k, rng.randint(6, 18))
                sentences.append(self.sentence(m))
                k -= m
            para = " ".join(sentences)
            roll = rng.random()
            if roll < 0.08:
                para = "## " + " ".join(self.words(3)).capitalize() + "\n\n" + para
            elif roll < 0.16:
                para = "\n".join(f"- {self.sentence(rng.randint(4, 9))}" for _ in range(3)) + "\n\n" + para
            elif roll < 0.30:
                ws = para.split(" ")
                i = rng.randrange(len(ws))
                ws[i] = f"**{ws[i]}**"
                para = " ".join(ws)
            paras.append(para)
            left -= n
        return "\n\n".join(paras)


def make_entry(rng: random.Random, words: Words, when: datetime, suggestion_numbers: list[int]) -> Entry:
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    spec = FORMS[kind]
    fields: dict[str, str] = {}
    feelings: list[Feeling] = []
    field_words = 0
    for f in spec.fields:
        if f.kind == "choice":
            fields[f.key] = rng.choice(f.choices)
        elif f.kind == "text":
            n = rng.randint(15, 45)
            fields[f.key] = words.sentence(n)
            field_words += n
        elif f.kind == "line":
            n = rng.randint(2, 6)
            fields[f.key] = " ".join(words.words(n))
            field_words += n
    for name in rng.sample(FEELING_WORDS, rng.choice((0, 1, 1, 2, 2, 3))):
        feelings.append(Feeling(name, rng.randint(0, 10) if rng.random() < 0.8 else None))
    body_words = max(40, rng.randint(220, 380) - field_words)
    if kind == "free":
        suggestion = rng.choice(suggestion_numbers) if suggestion_numbers and rng.random() < 0.3 else None
    else:
        suggestion = spec.suggestion
    return Entry(
        kind=kind,
        entry_at=when,
        title=" ".join(words.words(rng.randint(2, 6))).capitalize() if rng.random() < 0.4 else "",
        body=words.paragraphs(body_words),
        fields=fields,
        tags=tuple(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))),
        feelings=tuple(feelings),
        suggestion=suggestion,
        bring_to_group=rng.random() < 0.05,
        uid=f"{rng.getrandbits(128):032x}",
    )


def generate(data_dir: Path, entries: int, seed: int = 1, *, log=None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Create a vault in data_dir (must not exist) and fill it; returns timing figures."""
    from ipt_journal.services.session import load_prompt_library

    log = log or (lambda msg: print(msg, file=sys.stderr))
    rng = random.Random(seed)
    words = Words(rng)
    numbers = [g.number for g in load_prompt_library().suggestions if g.number is not None]
    end = datetime(2026, 6, 1, 21, 0).astimezone()
    span = timedelta(days=365 * YEARS).total_seconds()
    stamps = sorted(rng.random() * span for _ in range(entries))
    t0 = time.perf_counter()
    vault, _code = Vault.create(data_dir, PASSPHRASE)
    try:
        repo = JournalRepository(vault)
        with vault.transaction():
            for i, s in enumerate(stamps):
                when = (end - timedelta(seconds=span - s)).replace(second=0, microsecond=0)
                entry = make_entry(rng, words, when, numbers)
                if rng.random() < 0.01:
                    entry = entry.with_changes(deleted_at=when + timedelta(days=1))
                repo.save(entry, now=when + timedelta(minutes=rng.randint(1, 90)))
                if i and i % 10_000 == 0:
                    log(f"  generated {i:,} entries…")
        gen_s = time.perf_counter() - t0
    finally:
        vault.close()
    size = sum(p.stat().st_size for p in data_dir.iterdir() if p.is_file())
    return {"generate_s": gen_s, "db_mb": size / 1e6}
