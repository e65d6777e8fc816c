"""Newspaper → Issue → Page → Article, and the persons they name."""
import hashlib
import json

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, NullIf, Substr
from django.utils import timezone
from pypinyin import Style, lazy_pinyin

from .parsing.jumps import JumpHead, JumpTail, pair_continuations
from .search import SearchDocumentField
from .versioning import Versioned, next_version

MENTIONED = "mentioned"  # role of a person named in the text, not credited (stored as the page JSON has it)
MENTIONED_LABEL = "提及"  # what editors and API readers see for it


def role_label(role: str) -> str:
    return MENTIONED_LABEL if role == MENTIONED else role


def role_value(label: str) -> str:
    """The stored role for a role as an editor or API user writes it (提及 → mentioned)."""
    return MENTIONED if label.strip() == MENTIONED_LABEL else label.strip()


PINYIN_KEY_LENGTH = 300
# surnames read otherwise than the word (单 shàn, not dān); pypinyin reads words, not names
SURNAME_READINGS = {"单": "shan4", "曾": "zeng1", "解": "xie4", "仇": "qiu2", "朴": "piao2", "查": "zha1",
                    "区": "ou1", "乐": "yue4", "盖": "ge3", "覃": "qin2", "翟": "zhai2", "缪": "miao4",
                    "尉": "yu4", "折": "she2", "种": "chong2", "黑": "he4", "冼": "xian3", "秘": "bi4"}


def pinyin_key(name: str) -> str:
    """Sort key in pinyin order (``王五`` → ``wang2 wu3``): tone digits sort before letters, so 李 before 刘.

    At most PINYIN_KEY_LENGTH characters (Person.name_pinyin): a 50-character name may read longer.
    """
    syllables = lazy_pinyin(name, style=Style.TONE3, neutral_tone_with_five=True, errors="default")
    if name[:1] in SURNAME_READINGS and syllables:
        syllables[0] = SURNAME_READINGS[name[0]]
    return " ".join(syllables).lower()[:PINYIN_KEY_LENGTH]


class Newspaper(Versioned):
    name = models.CharField("报名", max_length=100, unique=True)

    class Meta:
        verbose_name = verbose_name_plural = "报纸"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Issue(Versioned):
    """One day's edition of a newspaper."""

    newspaper = models.ForeignKey(Newspaper, models.PROTECT, related_name="issues", verbose_name="报纸")
    date = models.DateField("出版日期")

    class Meta:
        verbose_name = verbose_name_plural = "期次"
        ordering = ["-date", "newspaper__name", "id"]
        constraints = [models.UniqueConstraint(fields=["newspaper", "date"], name="unique_issue_per_paper_date")]

    def __str__(self):
        return f"{self.newspaper} {self.date:%Y年%m月%d日}"

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding:  # the articles and mentions of its pages keep a copy of paper and date
            place = {"newspaper_id": self.newspaper_id, "issue_date": self.date}
            Article.objects.filter(page__issue=self).exclude(**place).update(**place, version=next_version())
            Mention.objects.filter(page__issue=self).update(issue_date=self.date)

    def link_continuations(self):
        """Link each 上接 fragment to the 下转 article it continues, where this issue holds both."""
        articles = Article.objects.filter(page__issue=self).select_related("page")
        fragments = list(articles.filter(continued_from__isnull=False, continues__isnull=True)
                         .order_by("page__number", "order", "id"))
        heads = list(articles.filter(continued_to__isnull=False, continued_by__isnull=True)
                     .order_by("page__number", "order", "id"))
        pairs = pair_continuations(
            [JumpTail(a.page.number, a.continued_from, a.body) for a in fragments],
            [JumpHead(a.page.number, a.continued_to, a.headline, a.body) for a in heads])
        for i, j in pairs:
            fragments[i].continues = heads[j]
            fragments[i].save(update_fields=["continues"])


class ReviewMixin(Versioned):
    needs_review = models.BooleanField("待审核", default=False, db_index=True)
    review_reasons = models.JSONField("审核原因", default=list, blank=True)

    class Meta:
        abstract = True

    def flag(self, reason):
        """Add a review reason (once)."""
        if reason not in self.review_reasons:
            self.review_reasons = [*self.review_reasons, reason]
        self.needs_review = True

    def unflag(self, reason):
        self.review_reasons = [r for r in self.review_reasons if r != reason]
        self.needs_review = bool(self.review_reasons)


UNASSIGNED = "未分配：缺少报名、日期或版次"
LAYOUT_CHOICES = [("columns", "分栏PDF"), ("epaper", "电子版抓取"), ("compilation", "文章汇编PDF"),
                  ("markdown", "Markdown"), ("paragraphs", "纯文本段落")]
NUMBER_TAKEN = "该期已有此版次的版面。"
NUMBER_NEEDED = "已分配的版面须填写版次。"


class PageQuerySet(models.QuerySet):
    def with_first_headline(self):
        """Annotate first_headline: the first article's title (or its opening words), for naming unassigned pages."""
        first = (Article.objects.filter(page=OuterRef("pk")).order_by("order", "id")
                 .annotate(head=Coalesce(NullIf("title", Value("")), Substr("body", 1, 20))).values("head")[:1])
        return self.annotate(first_headline=Coalesce(Subquery(first), Value("")))

    def review_queue(self):
        """Pages an editor should look at: flagged (or holding a flagged article) and not marked reviewed."""
        flagged = Article.objects.filter(page=OuterRef("pk"), needs_review=True)
        return (self.filter(reviewed_at__isnull=True).filter(Q(needs_review=True) | Exists(flagged))
                .order_by(F("issue__date").asc(nulls_last=True), "issue__newspaper__name", "number", "id"))


class Page(ReviewMixin):
    """One printed page, as imported from one text file.

    A page whose paper, date or number is unknown has no issue ("未分配") and keeps what is
    known in the pending fields; once an editor completes them, saving moves it into its issue.
    """

    issue = models.ForeignKey(
        Issue, models.PROTECT, null=True, blank=True, related_name="pages", verbose_name="期次",
        help_text="为空表示未分配：补全报名、日期和版次后保存即归入对应期次。",
    )
    number = models.PositiveSmallIntegerField("版次", null=True, blank=True)
    section = models.CharField("版名", max_length=100, blank=True)
    pending_newspaper = models.CharField("报名（未分配时）", max_length=100, blank=True)
    pending_date = models.DateField("日期（未分配时）", null=True, blank=True)
    raw_text = models.TextField("原文")
    sha256 = models.CharField("原文SHA-256", max_length=64,
                              help_text="换行统一为LF、去掉BOM后的原文的SHA-256：同一文本即同一版面")
    source_name = models.CharField("来源文件", max_length=255)
    source_path = models.CharField("来源路径", max_length=1000, blank=True, db_index=True,
                                   help_text="导入时文件的绝对路径；未分配的版面以此识别同一来源")
    parser_version = models.CharField("解析器版本", max_length=20)
    layout = models.CharField("原文版式", max_length=20, choices=LAYOUT_CHOICES, blank=True,
                              help_text="解析器从原文判断的版式："
                                        "分栏PDF、电子版抓取、文章汇编PDF、Markdown 或纯文本段落")
    metadata_edited = models.BooleanField(
        "版面信息已修改", default=False,
        help_text="编辑改过报名、日期、版次或版名时自动标记；--replace 再次导入同一文件时保留编辑的改动")
    reviewed_at = models.DateTimeField(
        "审核完成时间", null=True, blank=True,
        help_text="编辑在审核页标记“审核完成”的时间；此后重新解析不再把它放回待审核队列（原文改变时除外）")
    credits_edited = models.BooleanField(
        "版面署名已修改", default=False,
        help_text="编辑在后台增删改过版面署名（责编、美编等不属于某篇文章的人物提及）时自动标记；"
                  "重新解析或 --replace 时保留现有的版面署名，不再按原文重建")
    imported_at = models.DateTimeField("导入时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "版面"
        ordering = ["-issue__date", "issue__newspaper__name", "number", "id"]
        constraints = [
            models.UniqueConstraint(fields=["issue", "number"], name="unique_page_number_per_issue"),
            # the text is the page: the same text twice is one page (an import moves it only with --move)
            models.UniqueConstraint(fields=["sha256"], name="unique_page_text",
                                    violation_error_message="同一原文已作为另一个版面保存"),
            # an unassigned page is known by the file it came from
            models.UniqueConstraint(fields=["source_path"], condition=Q(issue=None) & ~Q(source_path=""),
                                    name="unique_unassigned_page_source"),
            models.CheckConstraint(condition=Q(issue__isnull=True) | Q(number__isnull=False),
                                   name="assigned_page_has_number", violation_error_message=NUMBER_NEEDED),
        ]

    def __str__(self):
        number = f"第{self.number}版" if self.number else "版次未知"
        section = f" {self.section}" if self.section else ""
        if self.issue_id:
            return f"{self.issue} {number}{section}"
        known = " ".join(str(x) for x in [self.pending_newspaper, self.pending_date] if x)
        number = f" 第{self.number}版" if self.number else ""
        return f"[未分配]{self.lead_headline()}{' ' + known if known else ''}{number}{section}"

    def lead_headline(self) -> str:
        """What an unassigned page is known by: its first headline (or opening words) and its import date."""
        first = getattr(self, "first_headline", None)  # annotated by lists (with_first_headline)
        if first is None and self.pk:
            article = self.articles.order_by("order", "id").first()
            first = str(article) if article else ""
        imported = f"{timezone.localtime(self.imported_at):%Y-%m-%d}导入" if self.imported_at else ""
        return f"《{first[:30]}》" * bool(first) + imported or self.source_name

    def flag(self, reason):
        """Put the page in the review queue, unless an editor has reviewed it (an unassigned page always)."""
        if self.reviewed_at is None or reason == UNASSIGNED:
            super().flag(reason)

    @property
    def is_assigned(self):
        return self.issue_id is not None

    def clean(self):
        """An assigned page needs a number, and the slot (issue or pending paper/date, number) must be free."""
        super().clean()
        if self.issue_id:
            if self.number is None:
                raise ValidationError({"number": NUMBER_NEEDED})
            taken = Page.objects.filter(issue_id=self.issue_id, number=self.number)
        elif self.pending_newspaper and self.pending_date and self.number:
            taken = Page.objects.filter(issue__newspaper__name=self.pending_newspaper.strip(),
                                        issue__date=self.pending_date, number=self.number)
        else:
            return
        if taken.exclude(pk=self.pk).exists():
            raise ValidationError({"number": NUMBER_TAKEN})

    def save(self, *args, **kwargs):
        moved = self.assign_if_complete()
        if self.issue_id and UNASSIGNED in self.review_reasons:  # assigned by choosing the issue
            self.pending_newspaper, self.pending_date = "", None
            self.unflag(UNASSIGNED)
            moved = True
        if moved and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "issue", "pending_newspaper", "pending_date",
                                       "needs_review", "review_reasons"}
        adding, fields = self._state.adding, kwargs.get("update_fields")
        super().save(*args, **kwargs)
        if not adding and (fields is None or {"issue", "number", "section"} & set(fields)):
            moved_articles(self).update(**place_of(self, ARTICLE_PLACE), version=next_version())
            self.mentions.update(**place_of(self, MENTION_PLACE))
        if moved:
            self.issue.link_continuations()

    def assign_if_complete(self) -> bool:
        """Move an unassigned page into its issue once paper, date and number are known."""
        if self.issue_id or not (self.pending_newspaper and self.pending_date and self.number):
            return False
        with transaction.atomic():
            paper, _ = Newspaper.objects.get_or_create(name=self.pending_newspaper.strip())
            self.issue, _ = Issue.objects.get_or_create(newspaper=paper, date=self.pending_date)
        self.pending_newspaper, self.pending_date = "", None
        self.unflag(UNASSIGNED)
        return True


class ArticleManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().defer("search_document")  # only the database reads it


class Article(ReviewMixin):
    page = models.ForeignKey(Page, models.PROTECT, related_name="articles", verbose_name="版面")
    order = models.PositiveSmallIntegerField("版内顺序")
    kicker = models.CharField("引题", max_length=500, blank=True)
    title = models.CharField("标题", max_length=500, blank=True)
    subtitles = models.JSONField("副题", default=list, blank=True)
    byline = models.CharField("署名（原文）", max_length=500, blank=True)
    source = models.CharField("稿源", max_length=50, blank=True, help_text="本报、新华社、人民日报……")
    body = models.TextField("正文")
    continued_from = models.PositiveSmallIntegerField("上接版次", null=True, blank=True)
    continued_to = models.PositiveSmallIntegerField("下转版次", null=True, blank=True)
    continues = models.ForeignKey(
        "self", models.SET_NULL, null=True, blank=True, related_name="continued_by",
        verbose_name="上接文章", help_text="本文接续的他版文章（上接）",
    )
    edited = models.BooleanField(
        "编辑已修改", default=False,
        help_text="编辑改过文章（文章页、版面页的文章列表、API）或其人物提及（增删改提及、合并或拆分人物）时"
                  "自动标记；重新解析或 --replace 时保留该文章及其人物提及，并在结果中列出")
    # Where the article stands, copied from its page and issue (Page.save and Issue.save keep them
    # in step) so that lists are sorted and filtered by indexes on this table alone.
    newspaper = models.ForeignKey(Newspaper, models.PROTECT, null=True, editable=False, related_name="+",
                                  db_index=False, verbose_name="报纸")  # indexed with the date (migration 0009)
    issue_date = models.DateField("出版日期", null=True, editable=False)
    page_number = models.PositiveSmallIntegerField("版次", null=True, editable=False)
    section = models.CharField("版名", max_length=100, blank=True, editable=False)
    search_document = SearchDocumentField("检索索引")
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = ArticleManager()

    class Meta:
        verbose_name = verbose_name_plural = "文章"
        ordering = ["page", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["page", "order"], name="unique_article_order_per_page")]

    def __str__(self):
        return self.headline or f"（无标题）{self.body[:20]}"

    @property
    def headline(self):
        """Kicker, title and subtitles as one line."""
        return " ".join(part for part in [self.kicker, self.title, *self.subtitles] if part)

    def save(self, *args, **kwargs):
        fields = kwargs.get("update_fields")
        if fields is not None:  # the search document follows the headline and body; the place follows the page
            fields = set(fields)
            if {"kicker", "title", "subtitles", "body"} & fields:
                fields.add("search_document")
            if "page" in fields:
                fields |= set(ARTICLE_PLACE)
            kwargs["update_fields"] = fields
        if fields is None or "page" in fields:
            for name, value in place_of(self.page, ARTICLE_PLACE).items():
                setattr(self, name, value)
        if fields is None:  # loaded without it (ArticleManager): still saved, so made again by its pre_save
            self.__dict__.setdefault("search_document", None)
        super().save(*args, **kwargs)


ARTICLE_PLACE = ("newspaper_id", "issue_date", "page_number", "section")
MENTION_PLACE = ("issue_date", "page_number")


def moved_articles(page):
    """The page's articles whose copies of its place (paper, date, number, section) differ from it."""
    return page.articles.exclude(**place_of(page, ARTICLE_PLACE))


def place_of(page, names) -> dict:
    """The copies of a page's place an article or mention keeps: paper, date, number, section."""
    issue = page.issue if page.issue_id else None
    place = {"newspaper_id": issue.newspaper_id if issue else None, "issue_date": issue.date if issue else None,
             "page_number": page.number, "section": page.section}
    return {name: place[name] for name in names}


CONTENT_FIELDS = ("kicker", "title", "subtitles", "byline", "source", "body", "continued_from", "continued_to")


def content_fingerprint(article) -> str:
    """SHA-256 of an article's content (stored or parsed alike: empty parts and lists compare equal)."""
    values = [getattr(article, name) for name in CONTENT_FIELDS]
    values = [list(v) if isinstance(v, (list, tuple)) else (v or None) for v in values]
    return hashlib.sha256(json.dumps(values, ensure_ascii=False).encode()).hexdigest()


class DismissedArticle(models.Model):
    """An article an editor deleted from a page: a re-parse of the page does not bring it back."""

    page = models.ForeignKey(Page, models.CASCADE, related_name="dismissals", verbose_name="版面")
    fingerprint = models.CharField("内容指纹", max_length=64,
                                   help_text="删除时文章内容的SHA-256；重新解析得到同一内容或同一篇稿件（正文八成相同）时不再生成")
    headline = models.CharField("标题", max_length=500, blank=True)
    body = models.TextField("正文")
    reason = models.CharField("原因", max_length=200, blank=True,
                              help_text="空：编辑删除；否则是编辑在审核页的哪项修改取代了这篇解析结果（拆分、合并、移行……）")
    deleted_at = models.DateTimeField("删除时间", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "已删除文章"
        ordering = ["page", "id"]
        constraints = [models.UniqueConstraint(fields=["page", "fingerprint"], name="unique_dismissal_per_page")]

    def __str__(self):
        return self.headline or f"（无标题）{self.body[:20]}"


class PersonQuerySet(models.QuerySet):
    def with_mention_count(self):
        """Annotate mention_count by a subquery, so joins added by filters cannot multiply it."""
        counts = (Mention.objects.filter(person=OuterRef("pk")).order_by().values("person")
                  .annotate(n=Count("pk")).values("n"))
        return self.annotate(mention_count=Coalesce(Subquery(counts), 0))


class Person(ReviewMixin):
    """A real individual; same-name persons with different posts are separate records."""

    name = models.CharField("姓名", max_length=50, db_index=True)
    name_pinyin = models.CharField("姓名拼音", max_length=PINYIN_KEY_LENGTH, blank=True, db_index=True, editable=False,
                                   help_text="按拼音排序用，保存时由姓名生成")
    title = models.CharField("职务", max_length=200, blank=True, help_text="最近一次见报的职务")
    note = models.TextField("备注", blank=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = verbose_name_plural = "人物"
        ordering = ["name_pinyin", "name", "id"]

    def __str__(self):
        return f"{self.title}{self.name}" if self.title else self.name

    def save(self, *args, **kwargs):
        self.name_pinyin = pinyin_key(self.name)
        fields = kwargs.get("update_fields")
        if fields is not None and "name" in fields:
            kwargs["update_fields"] = {*fields, "name_pinyin"}
        super().save(*args, **kwargs)

    def timeline(self):
        """Every mention by issue date (unassigned pages last), page number and id; served by an index."""
        return self.mentions.order_by(*TIMELINE_ORDER)


TIMELINE_ORDER = (F("issue_date").asc(nulls_last=True), F("page_number").asc(nulls_last=True), "id")
DUPLICATE_MENTION = "该人物在此文章中已有同一角色的提及。"


class Mention(models.Model):
    """A person on a page: credited (记者, 责编 …) or named in an article, with the 职务 printed."""

    person = models.ForeignKey(Person, models.CASCADE, related_name="mentions", verbose_name="人物")
    page = models.ForeignKey(Page, models.CASCADE, related_name="mentions", verbose_name="版面")
    article = models.ForeignKey(
        Article, models.CASCADE, null=True, blank=True, related_name="mentions", verbose_name="文章"
    )
    role = models.CharField("角色", max_length=20, default=MENTIONED, db_index=True,
                            help_text="记者、通讯员、责编、美编、评论员、摄影……；提及 表示文中提到（存为 mentioned）")
    title = models.CharField("职务（原文）", max_length=200, blank=True)
    position = models.PositiveIntegerField("位置", default=0, help_text="在文章中首次出现的字符位置")
    # copies of the page's date and number (Page.save keeps them in step), so a person's timeline is an index scan
    issue_date = models.DateField("出版日期", null=True, editable=False)
    page_number = models.PositiveSmallIntegerField("版次", null=True, editable=False)

    class Meta:
        verbose_name = verbose_name_plural = "人物提及"
        ordering = ["page", "article__order", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["person", "article", "role"], name="unique_person_role_per_article",
                                    condition=Q(article__isnull=False), violation_error_message=DUPLICATE_MENTION),
        ]

    def __str__(self):
        return f"{self.person.name}（{self.get_role_label()}）"

    def save(self, *args, **kwargs):
        if self.page_id is None and self.article_id is not None:
            self.page_id = self.article.page_id  # a mention added to an article is on its page
        fields = kwargs.get("update_fields")
        if fields is None or "page" in fields:
            for name, value in place_of(self.page, MENTION_PLACE).items():
                setattr(self, name, value)
            if fields is not None:
                kwargs["update_fields"] = {*fields, *MENTION_PLACE}
        super().save(*args, **kwargs)

    def get_role_label(self):
        return role_label(self.role)
