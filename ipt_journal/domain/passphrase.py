"""What we accept as a passphrase, and a gentle strength hint. No crypto here."""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 10
MIN_WORDS = 4


@dataclass(frozen=True)
class PassphraseCheck:
    acceptable: bool
    hint: str  # one plain sentence
    strength: int  # 0 (too short) .. 4 (strong)


def check_passphrase(text: str) -> PassphraseCheck:
    words = [w for w in text.split() if w]
    length = len(text)
    if not text.strip():
        return PassphraseCheck(False, "Choose a passphrase: at least 10 characters, or four or more words.", 0)
    if length < MIN_LENGTH and len(words) < MIN_WORDS:
        return PassphraseCheck(False, "A little longer, please: at least 10 characters, or four words.", 0)
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() and not c.isspace() for c in text),
        )
    )
    unique = len(set(text))
    if len(words) >= 5 or length >= 24:
        strength = 4
    elif len(words) >= 4 or length >= 16:
        strength = 3
    else:
        strength = 2 if kinds >= 3 and unique >= 8 else 1
    if unique <= 3:
        strength = 1
    hints = {
        1: "This works, but it would be easy to guess; a few more words make it much stronger.",
        2: "Good. Adding another word or two would make it stronger still.",
        3: "Strong. Make sure it is something you will remember.",
        4: "Very strong. Make sure it is something you will remember.",
    }
    return PassphraseCheck(True, hints[strength], strength)


def failure_delay_seconds(failed_attempts: int) -> int:
    """A short, growing pause after repeated wrong passphrases (none for the first two)."""
    if failed_attempts < 3:
        return 0
    return min(2 ** (failed_attempts - 3), 30)
