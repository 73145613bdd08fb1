"""The encryption scheme: round trips, and each attack refused before anything is read."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from treasurer.core.crypto import (
    HEADER_SIZE,
    DamagedFileError,
    WrongPassphraseError,
    decrypt_file,
    decrypt_stream,
    encrypt_file,
    encrypt_stream,
    is_encrypted,
)

FAST = 10  # scrypt N = 2**10 in tests; files written for real use 2**17
CHUNK = 64
TAG = 16


def encrypted(data: bytes, passphrase: str = "correct horse") -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, passphrase, log2_n=FAST, chunk=CHUNK)
    return out.getvalue()


def decrypted(blob: bytes, passphrase: str = "correct horse") -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(blob), out, passphrase)
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 1000])
def test_round_trip(size: int) -> None:
    data = os.urandom(size)
    blob = encrypted(data)
    assert blob.startswith(b"TREASENC\x01\x01")
    chunks = max(1, -(-size // CHUNK))  # an empty file is one empty final chunk
    assert len(blob) == HEADER_SIZE + size + TAG * chunks
    assert decrypted(blob) == data


def test_same_plaintext_twice_gives_other_bytes() -> None:
    assert encrypted(b"ledger") != encrypted(b"ledger")  # random salt and nonce


def test_passphrase_is_normalised() -> None:
    # "é" typed as one code point or as e + combining accent is the same passphrase
    assert decrypted(encrypted(b"x", "caf\u00e9"), "cafe\u0301") == b"x"


def test_a_wrong_passphrase_is_refused() -> None:
    with pytest.raises(WrongPassphraseError, match="the passphrase is wrong"):
        decrypted(encrypted(b"secret" * 100), "Correct horse")


def test_a_changed_header_is_refused() -> None:
    blob = bytearray(encrypted(b"secret" * 100))
    blob[40] ^= 1  # a byte of the nonce prefix
    with pytest.raises(WrongPassphraseError):
        decrypted(bytes(blob))


@pytest.mark.parametrize("where", [HEADER_SIZE, HEADER_SIZE + CHUNK + TAG + 5, -1])
def test_a_changed_byte_is_refused(where: int) -> None:
    blob = bytearray(encrypted(os.urandom(5 * CHUNK)))
    blob[where] ^= 0x80
    with pytest.raises(DamagedFileError, match="changed or cut short after it was written"):
        decrypted(bytes(blob))


def test_a_file_cut_at_a_chunk_boundary_is_refused() -> None:
    blob = encrypted(os.urandom(5 * CHUNK))
    with pytest.raises(DamagedFileError, match=r"\(at part 3\)"):
        decrypted(blob[: HEADER_SIZE + 3 * (CHUNK + TAG)])


def test_a_file_cut_anywhere_is_refused() -> None:
    blob = encrypted(os.urandom(5 * CHUNK))
    for end in (HEADER_SIZE - 3, HEADER_SIZE + 7, len(blob) - 1):
        with pytest.raises((DamagedFileError, WrongPassphraseError)):
            decrypted(blob[:end])


def test_swapped_chunks_are_refused() -> None:
    blob = encrypted(os.urandom(5 * CHUNK))
    size = CHUNK + TAG
    a, b = HEADER_SIZE, HEADER_SIZE + size
    swapped = blob[:a] + blob[b : b + size] + blob[a:b] + blob[b + size :]
    with pytest.raises(DamagedFileError, match=r"\(at part 1\)"):
        decrypted(swapped)


def test_not_ours_is_refused() -> None:
    with pytest.raises(DamagedFileError, match="not a file encrypted by Treasurer"):
        decrypted(b"SQLite format 3\x00" + b"\x00" * 100)


def test_files_are_never_half_written(tmp_path: Path) -> None:
    plain = tmp_path / "ledger.db"
    plain.write_bytes(os.urandom(3 << 20))  # three 1 MiB chunks and the default chunk size
    sealed = tmp_path / "ledger.db.enc"
    encrypt_file(plain, sealed, "pw", log2_n=FAST)
    assert is_encrypted(sealed)
    assert not is_encrypted(plain)
    out = tmp_path / "out.db"
    decrypt_file(sealed, out, "pw")
    assert out.read_bytes() == plain.read_bytes()
    out.unlink()
    blob = bytearray(sealed.read_bytes())
    blob[-100] ^= 1  # in the last chunk: the first two were already decrypted
    sealed.write_bytes(bytes(blob))
    with pytest.raises(DamagedFileError):
        decrypt_file(sealed, out, "pw")
    assert not out.exists()
    assert set(tmp_path.iterdir()) == {plain, sealed}  # no partial file left
