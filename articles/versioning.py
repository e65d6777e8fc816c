"""Optimistic concurrency: every record editors write carries a version, raised by one on each save.

The API sends it as the ETag and refuses a write whose If-Match is stale (412); the admin keeps it
in a hidden field and refuses to save a form opened before someone else's save. The check and the
raise are one statement, ``UPDATE … SET version = version + 1 WHERE id = … AND version = …``, so of
two writers holding the same version exactly one wins, on every database.
"""
from collections.abc import Collection

from django.db import models
from django.db.models import F


class Versioned(models.Model):
    version = models.PositiveIntegerField(
        "版本", default=1, editable=False,
        help_text="每次编辑保存时加一；API 以它为 ETag，后台据此拒绝覆盖他人较新的修改")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Saving a stored record moves its version on (``version = version + 1`` in the UPDATE), whoever
        saves it: an editor, the importer, reparse, the review screen. A writer that checked and raised the
        version first (claim_version, the admin's form) saves it as it is."""
        fields = kwargs.get("update_fields")
        if self._state.adding or self.__dict__.pop("_version_claimed", False) or (fields is not None and not fields):
            return super().save(*args, **kwargs)
        self.version = F("version") + 1
        if fields is not None:
            kwargs["update_fields"] = {*fields, "version"}
        try:
            super().save(*args, **kwargs)
        finally:
            self.__dict__.pop("version", None)  # read again from the database when asked


class StaleVersion(Exception):
    """Someone saved the record after the version the writer holds (or the record is gone)."""


def claim_version(instance: Versioned, expected: Collection[int] | None = None) -> int:
    """Raise the stored version by one, only if it is one of `expected` (any, when None); returns the new version.

    Call it inside the transaction that saves the record: the row stays locked until the commit, so a
    second writer holding the same version waits, then finds the version moved and gets StaleVersion.
    The instance gets the new version, so its save() writes it back unchanged.
    """
    rows = type(instance)._base_manager.filter(pk=instance.pk)
    if expected is not None:
        rows = rows.filter(version__in=list(expected))
    if not rows.update(version=F("version") + 1):
        raise StaleVersion(instance.pk)
    instance.version = rows.model._base_manager.filter(pk=instance.pk).values_list("version", flat=True).get()
    mark_claimed(instance)
    return instance.version


def mark_claimed(instance: Versioned) -> None:
    """The instance holds its next version already (checked and raised): its next save() writes it as it is."""
    instance._version_claimed = True


def next_version():
    """For a bulk ``update(..., version=next_version())`` of records that change."""
    return F("version") + 1
