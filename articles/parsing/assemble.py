"""Turn a draft (lines, bylines, headline blocks) into a ParsedArticle."""
from __future__ import annotations

from .blocks import HEAD, Block
from .bylines import TITLED, byline_text, parse_byline, split_opening
from .headlines import split_headline
from .normalise import PARAGRAPH_BREAK, paragraphs
from .page import Credit, ParsedArticle, PersonRef
from .drafts import Draft

from .persons import find_persons

MIN_BODY = 10  # a body shorter than this (characters) is worth a look
MAX_TITLE = 50  # a 题： line longer than this holds text, not only a title


def build_article(draft: Draft) -> ParsedArticle:
    """The finished article: cleaned body, headline split, authors and source, review reasons."""
    art = ParsedArticle(continued_from=draft.continued_from, continued_to=draft.continued_to)
    _titled_dateline(draft)
    _titled_text(draft)
    art.body = "\n".join(paragraphs(draft.lines))
    if draft.headline:
        head = split_headline(draft.headline)
        art.kicker, art.title, art.subtitles = head.kicker, head.title, head.subtitles
    if draft.bylines:
        art.byline = " ".join(byline_text(b) for b in draft.bylines)
    for printed in draft.bylines:
        authors, source = parse_byline(printed)
        art.authors.extend(a for a in authors if a not in art.authors)
        art.source = art.source or source
    lead, tail = (draft.captions, []) if draft.captions_lead else ([], draft.captions)
    text = "\n".join(x for x in [art.kicker, art.title, *art.subtitles, art.byline, *lead, art.body, *tail] if x)
    art.persons = merge_authors(_persons(text), art.authors, text, art.byline)
    art.review_reasons = _reasons(art, draft)
    return art


def _titled_dateline(draft: Draft) -> None:
    """A wire story's head line ``新华社南宁4月2日电 题：…``: the dateline signs the story, the rest is its title."""
    if not draft.headline or not draft.headline[0].lines:
        return
    first = draft.headline[0]
    opening = split_opening(first.lines[0].strip())
    titled = TITLED.match(opening[1]) if opening else None
    if titled:
        draft.bylines.insert(0, opening[0])
        draft.headline = [Block(first.kind, [titled.group(1), *first.lines[1:]]), *draft.headline[1:]]


def _titled_text(draft: Draft) -> None:
    """A text opening ``题：…`` (its dateline taken off as the byline): that is the story's title, under
    any label printed over it (新华时评)."""
    first = next((n for n, x in enumerate(draft.lines) if x.strip() and x != PARAGRAPH_BREAK), None)
    titled = TITLED.match(draft.lines[first].strip()) if first is not None else None
    title = titled.group(1).strip() if titled else ""
    if not title or len(title) > MAX_TITLE or "。" in title:
        return  # the text runs on after 题： on its line: no title line of its own
    printed = "".join(x for b in draft.headline or [] for x in b.lines).replace(" ", "")
    if title.replace(" ", "") not in printed:  # a title printed over the story too is not repeated
        draft.headline = [*(draft.headline or []), Block(HEAD, [title])]
    del draft.lines[first]


def _persons(text: str) -> list[PersonRef]:
    return list(find_persons(text, paragraphs=True))


def merge_authors(persons: list[PersonRef], authors: list[Credit], text: str, byline: str | None) -> list[PersonRef]:
    """Persons found in the text with the authors merged in (role = their byline role).

    An author already found keeps any 职务 printed elsewhere and takes the byline role; one
    not found is added where its name (or else the byline) stands in ``text``, so the list
    stays in order of first appearance.
    """
    # a cut-down copy of an author's name read from the byline (伍思 of 伍思彤) is no one
    persons = [p for p in persons if not any(p.name != a.name and p.name in a.name for a in authors)]
    by_name = {p.name: p for p in persons}
    out = list(persons)
    fallback = text.find(byline) + len(byline) if byline and byline in text else 0
    for author in authors:
        known = by_name.get(author.name)
        if known is not None:
            known.role = author.role
            continue
        where = text.find(author.name)
        person = PersonRef(name=author.name, title=None, role=author.role,
                           position=where if where >= 0 else fallback)
        by_name[author.name] = person
        out.append(person)
    return sorted(out, key=lambda p: p.position)


def _reasons(art: ParsedArticle, draft: Draft) -> list[str]:
    """Short reasons, in Chinese, why an editor should check this article."""
    reasons = []
    if art.title is None and not draft.brief and art.continued_from is None:
        reasons.append("未找到标题")
    if art.continued_from is not None:
        reasons.append("续接他版")
    if draft.headline_doubt:
        reasons.append("标题归属按内容推断，请核对")
    if len(art.body) < MIN_BODY:
        reasons.append("正文过短")
    return reasons
