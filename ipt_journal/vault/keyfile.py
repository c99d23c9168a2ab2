"""The key file: the random vault key, wrapped by the passphrase and by the recovery code.

Each wrap is Argon2id (parameters stored beside it) -> AES-256-GCM. The additional
data binds every slot to the file format, the vault id and the slot's kind, so a
slot cannot be moved between vaults or kinds unnoticed.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ipt_journal.vault.atomic import write_internal_bytes
from ipt_journal.vault.errors import KeyFileDamaged, VaultDamaged, WrongPassphrase

FORMAT = "ipt-journal-keyfile"
FORMAT_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# Crockford's base32 alphabet: no I, L, O or U, so a handwritten code is hard to misread.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_LENGTH = 24  # 120 random bits
RECOVERY_GROUP = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is RFC 9106's second recommended (low-memory) profile."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 4

    def as_dict(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "time_cost": self.time_cost, "parallelism": self.parallelism}


PRODUCTION_KDF = KdfParams()
# The floor we accept when reading a key file; anything weaker is treated as damage.
# Tests may lower the module-level default used for *new* vaults, never this floor
# (see MIN_KDF_FOR_TESTS in tests/conftest.py).
MIN_KDF = KdfParams(memory_kib=8, time_cost=1, parallelism=1)

default_kdf: KdfParams = PRODUCTION_KDF


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    data = unicodedata.normalize("NFC", secret).encode("utf-8")
    return hash_secret_raw(
        secret=data,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return format_recovery_code(raw)


def format_recovery_code(raw: str) -> str:
    return "-".join(raw[i : i + RECOVERY_GROUP] for i in range(0, len(raw), RECOVERY_GROUP))


def normalize_recovery_code(code: str) -> str:
    """Accept what a person types: any case, spaces or dashes, and the letters O/I/L for 0/1."""
    cleaned = "".join(ch for ch in code.upper() if not ch.isspace() and ch not in "-_")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return format_recovery_code(cleaned)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Slot:
    kind: str  # "passphrase" or "recovery"
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "kdf": {"name": "argon2id", **self.kdf.as_dict(), "salt": _b64(self.salt)},
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: tuple[Slot, ...]

    def slot(self, kind: str) -> Slot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise VaultDamaged(f"The key file has no {kind} entry.")

    def to_bytes(self) -> bytes:
        doc: dict[str, object] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.as_dict() for s in self.slots],
        }
        doc["check"] = _checksum(doc)
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("ascii")

    def replace_slot(self, new: Slot) -> KeyFile:
        return KeyFile(self.vault_id, tuple(new if s.kind == new.kind else s for s in self.slots))


def _checksum(doc: dict[str, object]) -> str:
    """A checksum of everything else in the file, so damage (a flipped bit, swapped slots, a changed
    vault id) is told apart from a wrong secret. Not a secret and not a defence against tampering:
    AES-GCM is that; this only lets us say the right thing."""
    import hashlib

    body = {k: v for k, v in doc.items() if k != "check"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def damaged_message(where: str) -> str:
    return (
        f"The key file{where} is damaged (it fails its own check), so it is not a question of the passphrase; "
        "restore the journal from a backup (your backups are in the backups folder beside it)."
    )


def _aad(vault_id: str, kind: str) -> bytes:
    return f"{FORMAT}/{FORMAT_VERSION}/{vault_id}/{kind}".encode()


def wrap(vault_key: bytes, secret: str, kind: str, vault_id: str, params: KdfParams) -> Slot:
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    kek = derive(secret, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(vault_key), _aad(vault_id, kind))
    return Slot(kind, params, salt, nonce, wrapped)


def unwrap(keyfile: KeyFile, secret: str, kind: str) -> bytes:
    slot = keyfile.slot(kind)
    if kind == "recovery":
        secret = normalize_recovery_code(secret)
    kek = derive(secret, slot.salt, slot.kdf)
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(keyfile.vault_id, kind))
    except InvalidTag:
        if kind == "recovery":
            raise WrongPassphrase("That recovery code does not open this journal.") from None
        raise WrongPassphrase("That passphrase does not open this journal.") from None
    if len(key) != KEY_BYTES:
        raise VaultDamaged("The key file holds a key of the wrong size.")
    return key


def create(vault_key: bytes, passphrase: str, recovery_code: str, params: KdfParams | None = None) -> KeyFile:
    params = params or default_kdf
    vault_id = secrets.token_hex(16)
    return KeyFile(
        vault_id,
        (
            wrap(vault_key, passphrase, "passphrase", vault_id, params),
            wrap(vault_key, normalize_recovery_code(recovery_code), "recovery", vault_id, params),
        ),
    )


def parse(data: bytes, path: Path | None = None) -> KeyFile:
    """Read a key file; anything unexpected is VaultDamaged with a sentence naming the file."""
    where = f" ({path})" if path else ""
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        if doc.get("version") != FORMAT_VERSION:
            raise VaultDamaged(f"The key file{where} was written by a newer version of IPT Journal.")
        if "check" in doc and doc["check"] != _checksum(doc):
            raise KeyFileDamaged(damaged_message(where))
        vault_id = doc["vault_id"]
        if not isinstance(vault_id, str) or not vault_id:
            raise ValueError("vault_id")
        slots = []
        for raw in doc["slots"]:
            kdf = raw["kdf"]
            if kdf.get("name") != "argon2id":
                raise ValueError("kdf")
            params = KdfParams(int(kdf["memory_kib"]), int(kdf["time_cost"]), int(kdf["parallelism"]))
            if (
                params.memory_kib < MIN_KDF.memory_kib
                or params.time_cost < MIN_KDF.time_cost
                or params.parallelism < MIN_KDF.parallelism
                or params.memory_kib > 4 * 1024 * 1024
                or params.time_cost > 100
                or params.parallelism > 64
            ):
                raise ValueError("kdf range")
            slot = Slot(str(raw["kind"]), params, _unb64(kdf["salt"]), _unb64(raw["nonce"]), _unb64(raw["wrapped"]))
            if len(slot.salt) < SALT_BYTES or len(slot.nonce) != NONCE_BYTES:
                raise ValueError("sizes")
            slots.append(slot)
        kinds = [s.kind for s in slots]
        if sorted(kinds) != ["passphrase", "recovery"]:
            raise ValueError("slots")
        return KeyFile(vault_id, tuple(slots))
    except VaultDamaged:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError, OverflowError, RecursionError):
        raise KeyFileDamaged(
            f"The key file{where} is damaged or is not an IPT Journal key file; "
            "restore the journal from a backup (your backups are in the backups folder beside it)."
        ) from None


def read(path: Path) -> KeyFile:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise VaultDamaged(
            f"The key file {path} is missing, so the journal cannot be opened; restore it from a backup."
        ) from None
    except OSError as exc:
        raise VaultDamaged(f"The key file {path} cannot be read ({exc.strerror}).") from None
    if len(data) > 64 * 1024:
        raise VaultDamaged(f"The key file {path} is damaged or is not an IPT Journal key file.")
    return parse(data, path)


def write(path: Path, keyfile: KeyFile) -> None:
    write_internal_bytes(path, keyfile.to_bytes())
