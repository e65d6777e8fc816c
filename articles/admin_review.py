"""The review screen of a page (/admin/articles/page/<id>/review/): raw lines beside the parsed articles.

Every form on the screen posts here with an `action`; the work is done by articles.desk and
articles.desk_page (editors' corrections that a re-parse keeps), recorded with the admin's
log_change, and the screen is shown again (post/redirect/get) where the editor was.
"""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode

from . import desk, desk_page
from .alignment import BODY, BYLINE, HEADLINE
from .forms import LinesField
from .models import Article, Page

PALETTE = 8  # article colours in the raw text, repeated
KEYS = [
    ("j / k", "选下一篇 / 上一篇文章（移动行的目标）"),
    ("↓ / ↑", "移动当前行；Shift+↓ / ↑ 扩大选择"),
    ("s", "在当前行拆分其所在文章"),
    ("m", "所选文章与下一篇合并"),
    ("b", "所选行移入所选文章的正文"),
    ("h", "所选行设为所选文章的标题"),
    ("y", "所选行设为所选文章的署名"),
    ("a", "所选行另成一篇新文章"),
    ("f", "所选行标为版面要素（页脚、报头、出处），移出文章"),
    ("e", "修改所选文章的标题和署名"),
    ("r", "标记本版审核完成"),
    ("n", "打开下一个待审核版面"),
    ("?", "显示 / 隐藏快捷键"),
]


DATE_FORMATS = ["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d"]  # typed: the same in any browser's language


class MetadataForm(forms.Form):
    newspaper = forms.CharField(label="报名", max_length=100, required=False)
    date = forms.DateField(label="日期", required=False, input_formats=DATE_FORMATS,
                           widget=forms.DateInput(attrs={"placeholder": "2024-03-15", "size": 10}, format="%Y-%m-%d"))
    number = forms.IntegerField(label="版次", min_value=1, max_value=32767, required=False)
    section = forms.CharField(label="版名", max_length=100, required=False)

    @classmethod
    def of(cls, page: Page) -> MetadataForm:
        issue = page.issue
        return cls(initial={"newspaper": issue.newspaper.name if issue else page.pending_newspaper,
                            "date": issue.date if issue else page.pending_date,
                            "number": page.number, "section": page.section})


class HeadlineForm(forms.Form):
    article = forms.IntegerField(widget=forms.HiddenInput)
    kicker = forms.CharField(label="引题", max_length=500, required=False)
    title = forms.CharField(label="标题", max_length=500, required=False)
    subtitles = LinesField(label="副题（每行一个）", required=False,
                           widget=forms.Textarea(attrs={"rows": 2, "cols": 40}))
    byline = forms.CharField(label="署名", max_length=500, required=False)


class LinesForm(forms.Form):
    first = forms.IntegerField(min_value=1)
    last = forms.IntegerField(min_value=1, required=False)
    target = forms.IntegerField(required=False)
    article = forms.IntegerField(required=False)
    part = forms.ChoiceField(choices=[(p, p) for p in (BODY, HEADLINE, BYLINE)], required=False)


def review_view(model_admin, request, object_id):
    page = get_object_or_404(Page.objects.select_related("issue__newspaper"), pk=object_id)
    if not model_admin.has_view_or_change_permission(request, page):
        raise PermissionDenied
    if request.method == "POST":
        if not model_admin.has_change_permission(request, page):
            raise PermissionDenied
        return _act(model_admin, request, page)
    return TemplateResponse(request, "admin/articles/page/review.html",
                            _context(model_admin, request, page, MetadataForm.of(page)))


def _context(model_admin, request, page: Page, metadata_form) -> dict:
    articles = list(page.articles.order_by("order", "id"))
    lines = desk.page_lines(page, articles)
    colour = {a.pk: n % PALETTE for n, a in enumerate(articles)}
    spans: dict[int, list[int]] = {}
    for line in lines:
        for piece in line.pieces:
            spans.setdefault(piece.key, []).append(line.number)
    rows = [{"number": line.number, "text": line.text, "main": line.main,
             "colour": colour.get(line.main.key) if line.main else None,
             "owners": " ".join(str(k) for k in dict.fromkeys(p.key for p in line.pieces))} for line in lines]
    cards = [{"article": a, "colour": colour[a.pk], "paragraphs": [p for p in a.body.split("\n") if p],
              "lines": spans.get(a.pk, []), "form": HeadlineForm(prefix=f"a{a.pk}", initial={
                  "article": a.pk, "kicker": a.kicker, "title": a.title, "subtitles": a.subtitles,
                  "byline": a.byline})} for a in articles]
    queue = Page.objects.review_queue()
    return {
        **model_admin.admin_site.each_context(request),
        "opts": Page._meta, "page": page, "original": page, "title": f"审核：{page}",
        "rows": rows, "cards": cards, "metadata_form": metadata_form, "keys": KEYS,
        "in_queue": queue.filter(pk=page.pk).exists(), "queue_count": queue.count(),
        "next_page": desk_page.next_in_queue(page),
        "can_change": model_admin.has_change_permission(request, page),
    }


OPS = {"split": ("split", None), "body": ("move", BODY), "headline": ("move", HEADLINE),
       "byline": ("move", BYLINE), "new": ("new", BODY), "furniture": ("furniture", None)}
LINE_ACTIONS = {"split", "move", "new", "furniture"}


def _act(model_admin, request, page: Page):
    action, part = OPS.get(request.POST.get("op", ""), (request.POST.get("action", ""), None))
    here = request.POST.get("line") or ""
    try:
        with transaction.atomic():
            if action == "next":
                return _go_next(request, page)
            if action == "metadata":
                form = MetadataForm(request.POST)
                if not form.is_valid():
                    return TemplateResponse(request, "admin/articles/page/review.html",
                                            _context(model_admin, request, page, form))
                done = desk_page.correct_page_metadata(page, **form.cleaned_data)
            elif action == "headline":
                done = _headline(request, page)
            elif action == "merge":
                done = desk.merge_with_next(_article(page, _int(request.POST.get("article"))))
            elif action == "reviewed":
                done = desk_page.mark_reviewed(page)
            elif action in LINE_ACTIONS:
                done = _lines_action(page, action, part, request.POST)
            else:
                raise desk.DeskError("未知的操作。")
            model_admin.log_change(request, page, f"审核页：{done}")
    except desk.DeskError as exc:
        messages.error(request, str(exc))
        return redirect(_here(page, here, request.POST.get("article")))
    messages.success(request, f"已{done}。")
    if action == "reviewed" and request.POST.get("then") == "next":
        return _go_next(request, page)
    return redirect(_here(page, here, request.POST.get("article")))


def _lines_action(page: Page, action: str, part: str | None, data) -> str:
    form = LinesForm(data)
    if not form.is_valid():
        raise desk.DeskError("请先在原文中选择行。")
    fields = form.cleaned_data
    first, last = fields["first"], fields["last"] or fields["first"]
    if action == "split":
        return desk.split_article(_owner(page, first), first)
    if action == "furniture":
        return desk.mark_furniture(page, first, last)
    target = desk.NEW if action == "new" or not fields["target"] else fields["target"]
    return desk.move_lines(page, first, last, target, part or fields["part"] or BODY)


def _headline(request, page: Page) -> str:
    key = request.POST.get("article", "")
    form = HeadlineForm(request.POST, prefix=f"a{key}" if key.isdigit() else None)
    if not form.is_valid():
        raise desk.DeskError("标题表单有误：" + "；".join(e for errs in form.errors.values() for e in errs))
    data = form.cleaned_data
    article = _article(page, data["article"])
    return desk_page.correct_headline(article, data["kicker"], data["title"], data["subtitles"], data["byline"])


def _article(page: Page, key) -> Article:
    article = page.articles.filter(pk=key).first() if key is not None else None
    if article is None:
        raise desk.DeskError("本版没有这篇文章（可能已被合并或删除），请刷新页面。")
    return article


def _int(value) -> int | None:
    return int(value) if str(value or "").isdigit() else None


def _owner(page: Page, number: int) -> Article:
    lines = desk.page_lines(page)
    line = lines[number - 1] if 1 <= number <= len(lines) else None
    if line is None or line.main is None:
        raise desk.DeskError(f"第{number}行不属于任何文章，无法拆分。")
    return page.articles.get(pk=line.main.key)


def _go_next(request, page: Page):
    following = desk_page.next_in_queue(page)
    if following is None:
        messages.info(request, "待审核队列已清空。")
        return redirect(reverse("admin:articles_page_changelist") + "?" + urlencode({"review": "todo"}))
    return redirect(review_url(following))


def review_url(page: Page) -> str:
    return reverse("admin:articles_page_review", args=[page.pk])


def _here(page: Page, line: str, article) -> str:
    query = {k: v for k, v in (("line", line), ("article", article or "")) if str(v).isdigit()}
    return review_url(page) + ("?" + urlencode(query) if query else "")

