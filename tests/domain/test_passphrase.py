"""domain/passphrase: what is accepted, the strength levels behind the hint, and the capped pause after failures."""

from __future__ import annotations

import pytest

from ipt_journal.domain.passphrase import MIN_LENGTH, MIN_WORDS, check_passphrase, failure_delay_seconds


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "short", "abc def", "123456789"])
def test_empty_or_short_is_refused_with_a_hint(text: str) -> None:
    verdict = check_passphrase(text)
    assert not verdict.acceptable and verdict.strength == 0
    assert "10 characters" in verdict.hint and "four" in verdict.hint


def test_ten_characters_or_four_words_is_enough() -> None:
    assert len("abcdefghij") == MIN_LENGTH and check_passphrase("abcdefghij").acceptable
    assert not check_passphrase("abcdefghi").acceptable  # one short
    four = "a b c d"  # four words, only 7 characters
    assert len(four.split()) == MIN_WORDS and len(four) < MIN_LENGTH and check_passphrase(four).acceptable
    assert not check_passphrase("a b c").acceptable


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("abcdefghij", 1),  # ten lower-case letters: accepted but easy to guess
        ("Abcdefgh1!", 2),  # three kinds of character and enough different ones
        ("one two three four", 3),  # four words
        ("abcdefghijklmnop", 3),  # 16 characters
        ("one two three four five", 4),  # five words
        ("x" * 23 + "y", 1),  # long, but only two different characters: weak whatever the length
        ("abcabcabcabcabcabcabcabc", 1),  # 24 characters from three letters
        ("abcdefghijklmnopqrstuvwx", 4),  # 24 different characters
    ],
)
def test_strength_levels(text: str, strength: int) -> None:
    verdict = check_passphrase(text)
    assert verdict.acceptable and verdict.strength == strength


def test_each_level_has_its_own_calm_hint() -> None:
    hints = {check_passphrase(t).hint for t in ("abcdefghij", "Abcdefgh1!", "one two three four", "a b c d e f")}
    assert len(hints) == 4
    assert all(h.endswith(".") and "!" not in h for h in hints)


def test_no_pause_for_the_first_two_failures_then_it_doubles() -> None:
    assert [failure_delay_seconds(n) for n in range(0, 9)] == [0, 0, 0, 1, 2, 4, 8, 16, 30]


def test_the_pause_never_grows_past_thirty_seconds() -> None:
    assert failure_delay_seconds(8) == 30  # 2**5 = 32 would be the next step
    assert {failure_delay_seconds(n) for n in (9, 20, 100, 10_000)} == {30}
