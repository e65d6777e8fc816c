"""Admin form fields that suit editors."""
from django import forms

from .versioning import Versioned, mark_claimed
from .models import Article, Mention, Page, Person, role_label, role_value


class LinesField(forms.CharField):
    """A list of strings edited as text, one item per line (subtitles, review reasons)."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 80})

    def prepare_value(self, value):
        if isinstance(value, (list, tuple)):
            return "\n".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, (list, tuple)):
            return [str(v).strip() for v in value if str(v).strip()]
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


STALE_FORM = ("保存失败：你打开此页之后，别人已修改并保存了这条记录"
              "（你看到的是第 {loaded} 版，现在是第 {current} 版）。请重新打开此页，在最新内容上再做修改。")


class VersionedForm(forms.ModelForm):
    """Holds the version the editor opened; saving over a newer version is refused (articles.versioning)."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.instance, Versioned) and self.instance.pk:
            self.initial["loaded_version"] = self.instance.version

    def clean(self):
        """Compare with the stored version, locking the row until the admin's transaction ends; the save
        that follows writes the next version."""
        cleaned = super().clean()
        loaded = cleaned.get("loaded_version")
        if isinstance(self.instance, Versioned) and self.instance.pk and loaded is not None:
            rows = type(self.instance)._base_manager.select_for_update().filter(pk=self.instance.pk).order_by()
            current = rows.values_list("version", flat=True).first()
            if current != loaded:
                raise forms.ValidationError(STALE_FORM.format(loaded=loaded, current=current), code="stale")
            self.instance.version = current + 1
            mark_claimed(self.instance)
        return cleaned


class ReviewForm(VersionedForm):
    """Review reasons edited one per line."""

    review_reasons = LinesField(label="审核原因", required=False, help_text="每行一条")


class ArticleForm(ReviewForm):
    subtitles = LinesField(label="副题", required=False, help_text="每行一个副题")

    class Meta:
        model = Article
        fields = "__all__"
        widgets = {"body": forms.Textarea(attrs={"rows": 24, "cols": 100})}


class PageForm(ReviewForm):
    class Meta:
        model = Page
        fields = "__all__"


class PersonForm(ReviewForm):
    class Meta:
        model = Person
        fields = "__all__"


class MentionForm(forms.ModelForm):
    """The role as editors read it: 提及 for a person named in the text (stored as mentioned)."""

    class Meta:
        model = Mention
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "role" in self.fields:
            self.initial["role"] = role_label(self.initial.get("role") or self.fields["role"].initial or "")
            self.fields["role"].initial = role_label(self.fields["role"].initial or "")

    def clean_role(self):
        return role_value(self.cleaned_data["role"])
