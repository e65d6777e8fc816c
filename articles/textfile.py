"""Read a page file from disk into text, or fail with one clear reason."""
from pathlib import Path

# Encodings Chinese archives use, tried in order after UTF-8.
FALLBACK_ENCODINGS = ("gb18030",)
CONTROL = {chr(c) for c in range(32)} - {"\n", "\r", "\t", "\f"}


class UnreadableFile(Exception):
    """The file cannot become page text; str() is the reason."""


def read_page_file(path) -> str:
    """Return the decoded text of a page file (UTF-8 with or without BOM, GB18030/GBK).

    The text is kept exactly as read (line ends included); only a BOM is dropped.
    """
    try:
        data = Path(path).read_bytes()
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
        except UnicodeDecodeError:
            continue
        if _looks_chinese(text):
            return text
    raise UnreadableFile(f"cannot decode: neither UTF-8 nor GB18030 (first bad byte {error.start})")


def _looks_chinese(text: str) -> bool:
    """Real GBK/GB18030 pages use common characters (GB2312); mis-decoded bytes mostly don't."""
    wide = [ch for ch in text if ord(ch) > 127]
    common = 0
    for ch in wide:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return bool(wide) and common >= 0.9 * len(wide)
