"""Find page files, read them into text (or fail with one clear reason), and hash their text."""
import hashlib
import os
from pathlib import Path

SUFFIXES = {".txt", ".md"}
MB = 1_000_000

# Encodings Chinese archives use, tried in order after UTF-8.
FALLBACK_ENCODINGS = ("gb18030",)
CONTROL = {chr(c) for c in range(32)} - {"\n", "\r", "\t", "\f"}
CJK_PUNCTUATION = set("，。、；：？！「」『』《》（）“”")


class UnreadableFile(Exception):
    """The file cannot become page text; str() is the reason."""


def read_page_file(path, max_bytes: int | None = None) -> str:
    """Return the decoded text of a page file (UTF-8 with or without BOM, GB18030/GBK).

    The text is kept exactly as read (line ends included); only a BOM is dropped. A file larger
    than `max_bytes` is refused before it is read.
    """
    path = Path(path)
    if path.is_symlink() and not path.exists():
        raise UnreadableFile(f"broken symbolic link (to {os.readlink(path)}, which does not exist)")
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise UnreadableFile(f"file too large: {size / MB:,.1f} MB, over the limit of {max_bytes / MB:g} MB "
                                 "(--max-size); split it into pages, or raise --max-size")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from exc
    return decode_page_bytes(data)


def decode_page_bytes(data: bytes) -> str:
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise UnreadableFile("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode(data, "utf-16")
    elif b"\x00" in data:
        raise UnreadableFile("binary file (contains NUL bytes), not page text")
    else:
        text = _decode_utf8_or_chinese(data)
    if sum(ch in CONTROL for ch in text) > max(2, len(text) // 1000):
        raise UnreadableFile("binary file (control characters), not page text")
    if not text.strip():
        raise UnreadableFile("empty file")
    return text


def _decode(data, encoding):
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"not valid {encoding} at byte {exc.start}") from exc


def _decode_utf8_or_chinese(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        error = exc
    if error.start >= len(data) - 3 and len(data) > 3:
        try:
            data[: error.start].decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        else:
            raise UnreadableFile(f"truncated file: ends inside a UTF-8 character at byte {error.start}")
    salvaged = data.decode("utf-8", errors="replace")
    non_ascii = sum(ord(ch) > 127 for ch in salvaged)
    if non_ascii and salvaged.count("\ufffd") <= max(3, non_ascii // 50):
        # Mostly valid UTF-8 with a few broken bytes: a damaged file, not another encoding.
        raise UnreadableFile(f"not valid UTF-8 at byte {error.start} (damaged or truncated file)")
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.reason == "incomplete multibyte sequence" and _looks_chinese(data[: exc.start].decode(encoding)):
                raise UnreadableFile(f"truncated file: ends inside a {encoding.upper()}/GBK character "
                                     f"at byte {exc.start}") from exc
            continue
        if _looks_chinese(text):
            return text
    raise UnreadableFile(f"cannot decode: neither UTF-8 nor GB18030 (first bad byte {error.start})")


def _looks_chinese(text: str) -> bool:
    """Whether GB18030-decoded bytes read as Chinese rather than as mis-decoded other bytes.

    Real pages use common characters: simplified ones (GB2312) or, for traditional script,
    ones Big5 holds, with Chinese punctuation. Latin-1 or other bytes read as GB18030 give
    rare characters or Big5 ones without any ，。、.
    """
    wide = [ch for ch in text if ord(ch) > 127]
    if not wide:
        return False
    simplified = sum(_encodable(ch, "gb2312") for ch in wide)
    if simplified >= 0.9 * len(wide):
        return True
    common = sum(_encodable(ch, "gb2312") or _encodable(ch, "big5") for ch in wide)
    punctuation = sum(ch in CJK_PUNCTUATION for ch in wide)
    return common >= 0.9 * len(wide) and punctuation >= 0.01 * len(wide)


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def text_sha256(text: str) -> str:
    """The page's identity: SHA-256 of its text with LF line ends and no BOM (the stored text keeps both)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_files(paths):
    """Files given, and .txt/.md files under folders given (recursively, sorted).

    A missing file, or a broken link inside a folder, is yielded too: reading it reports the error.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES
                              and (p.is_file() or (p.is_symlink() and not p.exists())))
        else:
            yield path
