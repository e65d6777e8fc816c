"""Editors' admin (简体中文): correct pages, articles and persons."""
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Count, Max
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from .admin_safety import VersionedAdminMixin, delete_with_contents_action
from .admin_lists import ArchiveMonthFilter, PageColumnMixin, ReviewQueueFilter, clipped
from .admin_review import review_url, review_view
from .forms import ArticleForm, MentionForm, PageForm, PersonForm, VersionedForm
from .identity import merge_persons, split_mentions
from .corrections import (delete_articles, delete_mentions, delete_persons, dismiss_articles, mark_edited,
                          mention_changed, page_metadata_changed, person_renamed)
from .models import Article, DismissedArticle, Issue, Mention, Newspaper, Page, Person, role_label
from .parsing.vocabulary import AUTHOR_ROLES
from .reparse import reparse_page

FIRST_MENTIONS = 20  # on a person's page; the rest are in the mentions list
LIST_CSS = {"all": ["articles/admin_lists.css"]}  # clipped title columns, no horizontal overflow


class AssignedFilter(admin.SimpleListFilter):
    title = "分配状态"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("yes", "已分配"), ("no", "未分配")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(issue__isnull=self.value() == "no")
        return queryset


@admin.register(Newspaper)
class NewspaperAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = VersionedForm
    actions = [delete_with_contents_action]
    list_display = ["name", "issue_count"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(issue_count=Count("issues"))

    @admin.display(description="期数", ordering="issue_count")
    def issue_count(self, obj):
        return obj.issue_count


class PageInline(admin.TabularInline):
    model = Page
    fields = ["number", "section", "source_name", "needs_review"]
    readonly_fields = ["source_name"]
    show_change_link = True
    extra = 0
    ordering = ["number"]


@admin.register(Issue)
class IssueAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = VersionedForm
    actions = [delete_with_contents_action]
    list_display = ["date", "newspaper", "page_count"]
    list_filter = ["newspaper", ArchiveMonthFilter.on("date")]
    search_fields = ["newspaper__name"]
    date_hierarchy = "date"
    inlines = [PageInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("newspaper").annotate(page_count=Count("pages"))

    @admin.display(description="版数", ordering="page_count")
    def page_count(self, obj):
        return obj.page_count


class ArticleInline(admin.TabularInline):
    model = Article
    fields = ["order", "title", "source", "continued_from", "continued_to", "needs_review", "edited"]
    readonly_fields = ["edited"]
    show_change_link = True
    extra = 0
    ordering = ["order"]


def park_moved_articles(formset):
    """First phase of a reorder: move articles whose order changes (or that go) past every order in use.

    The formset then saves the final orders one by one without breaking unique_article_order_per_page,
    so editors may swap orders (1↔2) in one save.
    """
    moving = [f.instance.pk for f in formset.initial_forms
              if f.instance.pk and (f in formset.deleted_forms or "order" in f.changed_data)]
    if not moving:
        return
    in_use = [f.cleaned_data.get("order") or 0 for f in formset.forms if f.has_changed() or f.instance.pk]
    stored = Article.objects.filter(page=formset.instance).aggregate(top=Max("order"))["top"] or 0
    top = max([stored, *in_use]) + 1
    for offset, pk in enumerate(moving):
        Article.objects.filter(pk=pk).update(order=top + offset)


@admin.register(Page)
class PageAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = PageForm
    list_display = ["name", "number", "section", "layout", "article_count", "needs_review", "review", "imported"]
    list_display_links = ["name"]
    list_filter = [ReviewQueueFilter, AssignedFilter, "needs_review", "issue__newspaper",
                   ArchiveMonthFilter.on("issue__date"), "section", "layout", "parser_version"]
    date_hierarchy = "issue__date"
    search_fields = ["source_name", "section", "issue__newspaper__name", "raw_text"]
    list_select_related = ["issue__newspaper"]
    readonly_fields = ["review", "raw_text", "sha256", "source_name", "layout", "parser_version", "imported_at",
                       "updated_at", "reviewed_at"]
    fieldsets = [
        (None, {"fields": ["review", "issue", "number", "section", "needs_review", "review_reasons", "reviewed_at"]}),
        ("未分配版面：补全报名和日期后保存即归入期次", {"fields": ["pending_newspaper", "pending_date"]}),
        ("原文", {"fields": ["raw_text", "sha256", "source_name", "layout", "parser_version", "imported_at",
                           "updated_at"]}),
    ]
    inlines = [ArticleInline]
    actions = ["reparse", delete_with_contents_action]

    class Media:
        css = LIST_CSS

    def get_urls(self):
        review = self.admin_site.admin_view(lambda request, object_id: review_view(self, request, object_id))
        return [path("<path:object_id>/review/", review, name="articles_page_review"), *super().get_urls()]

    def save_model(self, request, obj, form, change):
        if change and {"issue", "number", "section", "pending_newspaper", "pending_date"} & set(form.changed_data):
            page_metadata_changed(obj)  # kept when the same file is imported again with --replace
        if "needs_review" in form.changed_data and obj.needs_review:
            obj.reviewed_at = None  # put back in the review queue by hand
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is Article:
            dismiss_articles([f.instance for f in formset.deleted_forms if f.instance.pk])
            park_moved_articles(formset)
            for article_form in formset.forms:  # an article changed or added here is the editor's
                if article_form.has_changed() and article_form not in formset.deleted_forms:
                    mark_edited(article_form.instance)
        super().save_formset(request, form, formset, change)

    def get_queryset(self, request):
        return super().get_queryset(request).with_first_headline().annotate(article_count=Count("articles"))

    @admin.display(description="版面", ordering="issue__date")
    def name(self, obj):
        return clipped(str(obj), 48)

    @admin.display(description="文章数", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.display(description="审核")
    def review(self, obj):
        if obj.pk is None:
            return "—"
        return format_html('<a class="review-link" href="{}" title="原文与文章对照审核">审核</a>', review_url(obj))

    @admin.display(description="导入时间", ordering="imported_at")
    def imported(self, obj):
        return f"{timezone.localtime(obj.imported_at):%Y-%m-%d %H:%M}"

    @admin.action(description="用当前解析器重新解析（保留编辑修改过的文章）")
    def reparse(self, request, queryset):
        for page in queryset:
            with transaction.atomic():
                kept = reparse_page(page)
            note = f"，保留已编辑文章：{'；'.join(kept.edited)}" if kept.edited else ""
            note += f"，已删除的文章未恢复：{'；'.join(kept.deleted)}" if kept.deleted else ""
            self.log_change(request, page, f"重新解析（解析器 {page.parser_version}）{note}")
            self.message_user(request, f"{page} 已重新解析{note}", messages.SUCCESS)


class MentionInline(admin.TabularInline):
    model = Mention
    form = MentionForm
    fields = ["person", "role", "title", "position"]
    autocomplete_fields = ["person"]
    extra = 0
    ordering = ["position"]


@admin.register(Article)
class ArticleAdmin(VersionedAdminMixin, PageColumnMixin, admin.ModelAdmin):
    form = ArticleForm
    list_display = ["headline_column", "page_column", "order", "source", "needs_review", "edited"]
    list_display_links = ["headline_column"]
    list_filter = ["needs_review", "edited", "source", "page__issue__newspaper", "page__section",
                   ArchiveMonthFilter.on("page__issue__date")]
    date_hierarchy = "page__issue__date"
    search_fields = ["title", "kicker", "body", "byline"]
    list_select_related = ["page__issue__newspaper"]
    autocomplete_fields = ["continues"]
    raw_id_fields = ["page"]
    fieldsets = [
        ("标题", {"fields": ["kicker", "title", "subtitles"]}),
        ("署名与来源", {"fields": ["byline", "source"]}),
        ("正文", {"fields": ["body"]}),
        ("位置与转版", {"fields": ["page", "order", "continued_from", "continued_to", "continues"]}),
        ("审核", {"fields": ["needs_review", "review_reasons", "edited", "review"]}),
    ]
    readonly_fields = ["edited", "review"]
    inlines = [MentionInline]

    class Media:
        css = LIST_CSS

    @admin.display(description="标题", ordering="title")
    def headline_column(self, obj):
        return clipped(str(obj), 60)

    @admin.display(description="原文对照")
    def review(self, obj):
        if obj.pk is None:
            return "—"
        return format_html('<a href="{}?article={}">在版面审核页查看和修改</a>', review_url(obj.page), obj.pk)

    def save_model(self, request, obj, form, change):
        mark_edited(obj)  # written or changed by an editor: kept when the page is re-parsed
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        delete_articles([obj])  # deleted by an editor: re-parsing the page does not bring it back

    def delete_queryset(self, request, queryset):
        delete_articles(queryset)


@admin.register(DismissedArticle)
class DismissedArticleAdmin(admin.ModelAdmin):
    """Articles editors deleted; deleting the record lets the next re-parse bring the article back."""

    list_display = ["headline_column", "reason", "page", "deleted_at"]
    search_fields = ["headline", "body"]
    list_select_related = ["page__issue__newspaper"]
    readonly_fields = ["page", "fingerprint", "headline", "body", "reason", "deleted_at"]

    class Media:
        css = LIST_CSS

    def has_add_permission(self, request):
        return False

    @admin.display(description="标题", ordering="headline")
    def headline_column(self, obj):
        return clipped(str(obj), 50)


class RoleFilter(admin.SimpleListFilter):
    """A role as printed or ending with it (记者 finds 新华社记者 and 本报记者), as ?role= in the API."""

    title = "角色"
    parameter_name = "mentions__role"  # the URL parameter of the former field filter

    def lookups(self, request, model_admin):
        printed = set(Mention.objects.order_by().values_list("role", flat=True).distinct())
        words = {word for word in AUTHOR_ROLES for role in printed if role.endswith(word)}
        return [(role, role_label(role)) for role in sorted(printed | words)]

    lookup = "mentions__role"

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(**{f"{self.lookup}__endswith": self.value()}).distinct()
        return queryset

    @classmethod
    def for_mentions(cls):
        """The same filter on the mention list itself (?role=)."""
        return type("MentionRoleFilter", (cls,), {"parameter_name": "role", "lookup": "role"})


@admin.register(Person)
class PersonAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = PersonForm
    list_display = ["name_column", "title", "mention_count", "needs_review"]
    list_display_links = ["name_column"]
    list_filter = ["needs_review", RoleFilter]
    search_fields = ["name", "title", "mentions__title"]
    readonly_fields = ["timeline"]
    fields = ["name", "title", "note", "needs_review", "review_reasons", "timeline"]
    actions = ["merge"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_mention_count().distinct()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:  # a corrected name: the articles keep this person
            person_renamed(obj)

    def delete_model(self, request, obj):
        delete_persons([obj])  # the articles that named the person keep what is left

    def delete_queryset(self, request, queryset):
        delete_persons(list(queryset))

    @admin.display(description="姓名", ordering="name_pinyin")
    def name_column(self, obj):
        return obj.name

    @admin.display(description="见报次数", ordering="mention_count")
    def mention_count(self, obj):
        return obj.mention_count

    @admin.display(description="见报时间线")
    def timeline(self, obj):
        """The first appearances (a page of constant size, however often the person was named) and a link to all."""
        mentions = obj.timeline().select_related("page__issue__newspaper", "article").defer(
            "page__raw_text", "article__body")[:FIRST_MENTIONS]
        rows = format_html_join(
            "", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            ((m.issue_date or "未分配", m.page, m.article or "（版面署名）",
              m.get_role_label(), m.title or "") for m in mentions),
        )
        head = "<tr><th>日期</th><th>版面</th><th>文章</th><th>角色</th><th>职务</th></tr>"
        url = reverse("admin:articles_mention_changelist") + f"?person__id__exact={obj.pk}"
        total = obj.mention_count if hasattr(obj, "mention_count") else obj.mentions.count()
        more = format_html('<p>共 {} 次提及，以上为最早的 {} 次。<a href="{}">查看全部提及</a></p>',
                           total, min(total, FIRST_MENTIONS), url)
        return format_html("<table>{}{}</table>{}", mark_safe(head), rows, more)  # head is a constant

    @admin.action(description="合并所选人物（保留最早的一条，提及全部移入）")
    def merge(self, request, queryset):
        persons = list(queryset.order_by("id"))
        if len(persons) < 2:
            self.message_user(request, "请至少选择两个人物。", messages.WARNING)
            return
        merged = "、".join(f"{p}（#{p.pk}）" for p in persons[1:])
        collapsed = merge_persons(persons[0], persons[1:])
        keep = persons[0]
        message = f"已合并为 {keep}（{keep.mentions.count()} 次提及）"
        if collapsed:
            message += f"；同一文章同一角色的提及已合为一条：{'；'.join(collapsed)}"
        self.log_change(request, keep, f"合并人物：并入 {merged}")
        self.message_user(request, message, messages.SUCCESS)


def mentions_by_person(queryset) -> list[list[Mention]]:
    groups: dict[int, list[Mention]] = {}
    for mention in queryset.select_related("person", "article").order_by("person", "id"):
        groups.setdefault(mention.person_id, []).append(mention)
    return list(groups.values())


@admin.register(Mention)
class MentionAdmin(PageColumnMixin, admin.ModelAdmin):
    form = MentionForm
    list_display = ["person_column", "role_column", "title_column", "article_column", "page_column"]
    list_display_links = ["person_column"]

    class Media:
        css = LIST_CSS

    list_filter = [RoleFilter.for_mentions(), "person__needs_review"]
    search_fields = ["person__name", "title", "article__title"]
    list_select_related = ["person", "article", "page__issue__newspaper"]
    autocomplete_fields = ["person"]
    raw_id_fields = ["article", "page"]
    actions = ["split_together", "split_off"]

    @admin.display(description="人物", ordering="person__name_pinyin")
    def person_column(self, obj):
        person = obj.person
        return clipped(f"{person.name}（{person.title}）" if person.title else person.name, 16)

    @admin.display(description="职务（原文）", ordering="title")
    def title_column(self, obj):
        return clipped(obj.title, 16)

    @admin.display(description="角色", ordering="role")
    def role_column(self, obj):
        return obj.get_role_label()

    @admin.display(description="文章", ordering="article__title")
    def article_column(self, obj):
        return clipped(str(obj.article), 40) if obj.article_id else "（版面署名）"

    def save_model(self, request, obj, form, change):
        before = Mention.objects.filter(pk=obj.pk).first() if change else None
        super().save_model(request, obj, form, change)
        mention_changed(before, obj)

    def delete_model(self, request, obj):
        delete_mentions([obj])

    def delete_queryset(self, request, queryset):
        delete_mentions(queryset)

    @admin.action(description="将所选提及一起拆分为一个新人物（同名不同人）")
    def split_together(self, request, queryset):
        for mentions in mentions_by_person(queryset):
            person = split_mentions(mentions)
            self._report_split(request, mentions, person)

    @admin.action(description="拆分为新人物（每条提及各成一人）")
    def split_off(self, request, queryset):
        for mentions in mentions_by_person(queryset):
            for mention in mentions:  # a person's last mention stays with it: no empty person is left
                self._report_split(request, [mention], split_mentions([mention]))

    def _report_split(self, request, mentions, person):
        names = "、".join(str(m.article or m.page) for m in mentions)
        if person is None:
            self.message_user(request, f"{mentions[0].person} 只有所选的提及，无需拆分。", messages.WARNING)
        else:
            self.log_change(request, person, f"拆分人物：{mentions[0].person.name}（#{mentions[0].person_id}）"
                                             f"在 {names} 的提及移入本人物")
            self.message_user(request, f"{mentions[0].person.name} 在 {names} 的提及已拆分为新人物 #{person.pk}",
                              messages.SUCCESS)
