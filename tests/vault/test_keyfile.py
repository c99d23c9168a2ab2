import json

import pytest

from ipt_journal.vault import keyfile
from ipt_journal.vault.errors import VaultDamaged, WrongPassphrase
from tests.conftest import FAST_KDF

KEY = bytes(range(32))


def make(passphrase: str = "one two three four", code: str = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01") -> keyfile.KeyFile:
    return keyfile.create(KEY, passphrase, code, FAST_KDF)


def test_unwrap_with_passphrase_and_recovery_code() -> None:
    kf = make()
    assert keyfile.unwrap(kf, "one two three four", "passphrase") == KEY
    # People type codes loosely: lower case, spaces, O for 0 and I/L for 1.
    assert keyfile.unwrap(kf, "abcd efgh jkmn pqrs tvwx yzoi", "recovery") == KEY


def test_wrong_secrets_are_refused() -> None:
    kf = make()
    with pytest.raises(WrongPassphrase, match="passphrase"):
        keyfile.unwrap(kf, "one two three five", "passphrase")
    with pytest.raises(WrongPassphrase, match="recovery code"):
        keyfile.unwrap(kf, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ02", "recovery")


def test_unicode_passphrases_are_normalized() -> None:
    kf = keyfile.create(KEY, "caf\u00e9 au lait ce soir", "0000-0000-0000-0000-0000-0000", FAST_KDF)
    assert keyfile.unwrap(kf, "cafe\u0301 au lait ce soir", "passphrase") == KEY


def test_round_trip_through_bytes_and_no_secret_in_file() -> None:
    kf = make()
    data = kf.to_bytes()
    assert b"one two three four" not in data and KEY.hex().encode() not in data
    assert keyfile.unwrap(keyfile.parse(data), "one two three four", "passphrase") == KEY
    doc = json.loads(data)
    assert doc["slots"][0]["kdf"]["name"] == "argon2id"


def test_slot_cannot_be_moved_to_another_vault() -> None:
    a, b = make(), make()
    moved = keyfile.KeyFile(b.vault_id, a.slots)
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap(moved, "one two three four", "passphrase")


@pytest.mark.parametrize(
    "data",
    [b"", b"not json", b"{}", b"[]", b'{"format": "ipt-journal-keyfile", "version": 1}', b"\xff\xfe\x00"],
)
def test_damaged_key_files_are_reported(data: bytes) -> None:
    with pytest.raises(VaultDamaged):
        keyfile.parse(data)


def test_weakened_kdf_parameters_are_refused() -> None:
    doc = json.loads(make().to_bytes())
    doc["slots"][0]["kdf"]["memory_kib"] = 1
    with pytest.raises(VaultDamaged):
        keyfile.parse(json.dumps(doc).encode())


def test_newer_format_is_named() -> None:
    doc = json.loads(make().to_bytes())
    doc["version"] = 99
    with pytest.raises(VaultDamaged, match="newer version"):
        keyfile.parse(json.dumps(doc).encode())


def test_recovery_codes_are_random_and_well_formed() -> None:
    codes = {keyfile.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        groups = code.split("-")
        assert len(groups) == 6 and all(len(g) == 4 for g in groups)
        assert set(code.replace("-", "")) <= set(keyfile.RECOVERY_ALPHABET)


def test_production_profile_is_rfc9106_low_memory() -> None:
    assert keyfile.PRODUCTION_KDF == keyfile.KdfParams(64 * 1024, 3, 4)
    kf = keyfile.create(KEY, "one two three four", "0000-0000-0000-0000-0000-0000", keyfile.PRODUCTION_KDF)
    assert keyfile.unwrap(kf, "one two three four", "passphrase") == KEY
    assert json.loads(kf.to_bytes())["slots"][0]["kdf"]["memory_kib"] == 65536


def test_absurd_numbers_and_nesting_are_damage_not_a_crash() -> None:
    doc = json.loads(make().to_bytes())
    doc["slots"][0]["kdf"]["memory_kib"] = 1e400
    with pytest.raises(VaultDamaged):
        keyfile.parse(json.dumps(doc).replace("Infinity", "1e400").encode())
    with pytest.raises(VaultDamaged):
        keyfile.parse(b"[" * 100_000 + b"]" * 100_000)
