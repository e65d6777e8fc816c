"""Admin safeguards: no save over a newer version, and deleting a paper, issue or page with its contents
only through an explicit action with a confirmation page."""
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse

from .deletion import count_contents, delete_with_contents

CONTENT_NAMES = {"articles": "篇文章", "pages": "个版面", "issues": "个期次"}


class VersionedAdminMixin:
    """The change form carries the version it shows (forms.VersionedForm, rendered by the app's
    change_form.html); records changed in its inlines move to their next version as they are saved
    (Versioned.save)."""

    def get_fields(self, request, obj=None):
        return [f for f in super().get_fields(request, obj) if f != "loaded_version"]


@admin.action(description="连同内容删除所选记录（期次、版面和文章一并删除）", permissions=["delete"])
def delete_with_contents_action(modeladmin, request, queryset):
    """A confirmation page listing what would go; on "是的，全部删除" everything selected goes, contents first."""
    opts = modeladmin.model._meta
    if request.POST.get("post") == "yes":
        deleted = delete_with_contents(queryset)
        went = "，".join(f"{deleted[k]}{CONTENT_NAMES[k]}" for k in CONTENT_NAMES if k in deleted)
        modeladmin.message_user(request, f"已删除 {deleted['records']} 条{opts.verbose_name}，连同{went}。",
                                messages.SUCCESS)
        return None
    counts = count_contents(queryset)
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": f"连同内容删除{opts.verbose_name}",
        "opts": opts,
        "queryset": queryset,
        "contents": [f"{counts[k]}{CONTENT_NAMES[k]}" for k in CONTENT_NAMES if k in counts],
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "action": "delete_with_contents_action",
    }
    return TemplateResponse(request, "admin/articles/delete_with_contents.html", context)
