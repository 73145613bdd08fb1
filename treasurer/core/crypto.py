"""Encrypting files with a passphrase: backups now, offline bundles later.

The format (version 1), all integers big-endian::

    header  = magic "TREASENC" | version 1 | kdf 1 (scrypt) | log2(N) | r | p
              | salt (16 bytes) | nonce prefix (7 bytes) | chunk size (4 bytes)
    check   = AES-GCM tag (16 bytes) of nothing, nonce prefix | FFFFFFFF | 02, AAD header
    chunk i = AES-GCM(plaintext chunk i), nonce prefix | i (4 bytes) | last (1 byte),
              AAD header; every chunk but the last holds exactly ``chunk size`` bytes

The key is scrypt(passphrase in UTF-8 NFC, salt, N, r, p) -> 32 bytes (AES-256). The
header is authenticated by every chunk and by the check, which tells a wrong passphrase
from a changed file. The counter in each nonce stops chunks being reordered or dropped,
and the "last" byte stops the file being cut at a chunk boundary (the STREAM
construction of Hoang, Reyhanitabar, Rogaway and Vizár). Files are processed a chunk at
a time, so a 500 MB ledger never sits in memory; ``decrypt_file`` writes beside the
target and renames only when every chunk was authenticated, so a bad file is never half
read.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from treasurer.core.errors import UserError

MAGIC = b"TREASENC"
VERSION = 1
KDF_SCRYPT = 1
#: scrypt cost: N = 2**17, r = 8 (128 MiB, about half a second here); p = 1.
LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
CHUNK = 1 << 20
_HEADER = struct.Struct(">8sBBBBB16s7sI")
HEADER_SIZE = _HEADER.size + 16
_TAG = 16
_MAX_LOG2_N = 22  # refuse headers asking for absurd memory (4 GiB)


class WrongPassphraseError(UserError):
    """The passphrase does not open the file (or its header was changed)."""


class DamagedFileError(UserError):
    """The encrypted file was cut short, changed or is not one of ours."""


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> AESGCM:
    if not passphrase:
        raise UserError("the passphrase is empty")
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return AESGCM(Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(secret))


def _nonce(prefix: bytes, counter: int, last: int) -> bytes:
    return prefix + struct.pack(">IB", counter, last)


def encrypt_stream(
    source: BinaryIO,
    target: BinaryIO,
    passphrase: str,
    *,
    log2_n: int = LOG2_N,
    chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Encrypt ``source`` into ``target`` (see the module docstring)."""
    salt, prefix = os.urandom(16), os.urandom(7)
    header = _HEADER.pack(
        MAGIC, VERSION, KDF_SCRYPT, log2_n, SCRYPT_R, SCRYPT_P, salt, prefix, chunk
    )
    aead = _key(passphrase, salt, log2_n, SCRYPT_R, SCRYPT_P)
    target.write(header)
    target.write(aead.encrypt(_nonce(prefix, 0xFFFFFFFF, 2), b"", header))
    counter, done = 0, 0
    block = source.read(chunk)
    while True:
        following = source.read(chunk) if len(block) == chunk else b""
        last = 1 if not following else 0
        target.write(aead.encrypt(_nonce(prefix, counter, last), block, header))
        done += len(block)
        if progress:
            progress(done)
        if last:
            return
        counter += 1
        if counter >= 0xFFFFFFFF:
            raise UserError("the file is too large to encrypt")
        block = following


def decrypt_stream(source: BinaryIO, target: BinaryIO, passphrase: str) -> None:
    """Decrypt ``source`` into ``target``. Output written before an error must be thrown
    away (``decrypt_file`` does).

    Raises:
        WrongPassphraseError: the passphrase does not open it.
        DamagedFileError: not an encrypted Treasurer file, or cut short or changed.
    """
    header = source.read(_HEADER.size)
    if len(header) < _HEADER.size or not header.startswith(MAGIC):
        raise DamagedFileError("this is not a file encrypted by Treasurer")
    _magic, version, kdf, log2_n, r, p, salt, prefix, chunk = _HEADER.unpack(header)
    if version != VERSION or kdf != KDF_SCRYPT:
        raise DamagedFileError(
            "this file was encrypted by a newer Treasurer (format {version}); update to open it",
            version=version,
        )
    if not (10 <= log2_n <= _MAX_LOG2_N and 1 <= r <= 32 and 1 <= p <= 16):
        raise DamagedFileError("the encrypted file's header is damaged")
    if not 1 <= chunk <= 64 << 20:
        raise DamagedFileError("the encrypted file's header is damaged")
    aead = _key(passphrase, salt, log2_n, r, p)
    check = source.read(_TAG)
    try:
        aead.decrypt(_nonce(prefix, 0xFFFFFFFF, 2), check, header)
    except InvalidTag:
        raise WrongPassphraseError(
            "the passphrase is wrong (or the file's header was changed); nothing was read"
        ) from None
    counter = 0
    block = source.read(chunk + _TAG)
    while True:
        if len(block) < _TAG:
            raise DamagedFileError("the encrypted file is cut short; nothing was read")
        following = source.read(chunk + _TAG) if len(block) == chunk + _TAG else b""
        last = 1 if not following else 0
        try:
            target.write(aead.decrypt(_nonce(prefix, counter, last), block, header))
        except InvalidTag:
            raise DamagedFileError(
                "the encrypted file was changed or cut short after it was written "
                "(at part {part}); nothing was read",
                part=counter + 1,
            ) from None
        if last:
            return
        counter += 1
        block = following


def encrypt_file(source: Path, target: Path, passphrase: str, *, log2_n: int = LOG2_N) -> None:
    """Encrypt ``source`` to ``target``, written beside it and renamed when complete."""
    partial = target.with_name(target.name + ".partial")
    try:
        with source.open("rb") as src, partial.open("wb") as dst:
            encrypt_stream(src, dst, passphrase, log2_n=log2_n)
            dst.flush()
            os.fsync(dst.fileno())
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Decrypt ``source`` to ``target``; on any error ``target`` is not created."""
    partial = target.with_name(target.name + ".partial")
    try:
        with source.open("rb") as src, partial.open("wb") as dst:
            decrypt_stream(src, dst, passphrase)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
