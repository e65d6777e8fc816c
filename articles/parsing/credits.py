"""The page's production credits (责编 X 美编 Y): on a line, in brackets, or with names spread over lines."""
from __future__ import annotations

import re

from .cjk import is_cjk
from .normalise import merge_single_chars
from .page import Credit
from .vocabulary import EDITOR_ROLES

# production roles printed in the page credits (责编 美编 …), longest first
ROLE_RE = "|".join(sorted(EDITOR_ROLES, key=len, reverse=True))
_CREDIT_LINE = re.compile(rf"^\s*(?:本版)?(?:{ROLE_RE})(?:\s*[：:]\s*|\s+)\S")
_ROLE_SPLIT = re.compile(r"\s*[：:、，,|｜]\s*|\s+")


def parse_credits(line: str) -> list[Credit] | None:
    """Editors on a credit line (``责编 陈龙华 美编 张辉``), or None when it is not one."""
    if not _CREDIT_LINE.match(line) or len(line) > 60:
        return None
    credits: list[Credit] = []
    role = None
    for token in merge_single_chars(_ROLE_SPLIT.split(line), _is_role):
        if not token:
            continue
        if _is_role(token):
            role = token.removeprefix("本版")
        elif role and 2 <= len(token) <= 4 and all(is_cjk(c) or c == "·" for c in token):
            credits.append(Credit(name=token, role=role))
        else:
            return None
    return credits or None


def _is_role(token: str) -> bool:
    return token.removeprefix("本版") in EDITOR_ROLES


def vertical_credits(lines: list[str], editors: list[Credit]) -> None:
    """Credits whose names are printed one character a line (``美编：`` / ``林`` / ``子`` / ``墨``):
    the role line and the characters under it are blanked and read as one credit line."""
    i = 0
    while i < len(lines):
        m = re.fullmatch(rf"\s*(?:本版)?({ROLE_RE})\s*[：:]?\s*([\u4e00-\u9fff])?\s*", lines[i])
        if not m:
            i += 1
            continue
        k, chars = i + 1, [m.group(2) or ""]  # 责任编辑：方 / 岚: the name may begin on the role's line
        while k < len(lines):
            after = k
            while after < len(lines) and not lines[after].strip():
                after += 1  # blank lines, a footer's among them, between the characters
            if after == len(lines) or not re.fullmatch(r"\s*[\u4e00-\u9fff·]\s*", lines[after]):
                break
            chars.append(lines[after].strip())
            k = after + 1
        more: list[Credit] = []
        if len(chars) == 1 and chars[0] and k < len(lines):  # 责编 刘 / 蔚然 美编 孙可: the rest leads the next line
            k, rest, more = _name_rest(lines, k)
            chars.append(rest)
        name = "".join(chars)
        if 2 <= len(name) <= 4:
            editors.append(Credit(name=name, role=m.group(1)))
            editors.extend(more)
            for j in range(i, k):
                lines[j] = ""
        i = max(k, i + 1)


def _name_rest(lines: list[str], k: int) -> tuple[int, str, list[Credit]]:
    """(line after, the name's rest, the credits after it) when the next filled line from ``k`` opens
    with one to three characters ending a name, alone or before more credits; (k, "", []) if not."""
    after = k
    while after < len(lines) and not lines[after].strip():
        after += 1
    m = re.fullmatch(r"\s*([\u4e00-\u9fff]{1,3})(?:\s+(\S.*))?", lines[after]) if after < len(lines) else None
    more = parse_credits(m.group(2).strip(" |｜")) if m and m.group(2) else []
    if m is None or more is None:
        return k, "", []
    return after + 1, m.group(1), more


def bracketed_credits(text: str) -> list[Credit] | None:
    """A web page's editor credit in brackets at the article's foot: ``（责编：王一、李二）``."""
    if text[:1] in "（(" and text[-1:] in "）)":
        return parse_credits(text[1:-1].strip())
    return None
