"""Passwords, stored as scrypt hashes with a random salt.

The stored text names its parameters (``scrypt$N$r$p$<salt hex>$<hash
hex>``), so that a later program can make new hashes harder while the old
ones still verify.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

N, R, P = 2 ** 14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 8
_MAXMEM = 64 * 2 ** 20  # above the 16 MiB that N and R ask for, below what a plant PC has spare

# Checked when a name is unknown, so that it costs the same scrypt as a known
# one: nobody can tell from the time taken which names exist. No password
# hashes to zeros.
DUMMY = f"scrypt${N}${R}${P}${'00' * SALT_BYTES}${'00' * HASH_BYTES}"


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=_MAXMEM)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, N, R, P, HASH_BYTES)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from; a stored
    text this program cannot read verifies nothing."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        found = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p), len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(found, expected)


def password_problem(password: str) -> str | None:
    """What is wrong with a new password, said as what was found; None if nothing."""
    if len(password) < MIN_LENGTH:
        return f"{len(password)} characters"
    return None
