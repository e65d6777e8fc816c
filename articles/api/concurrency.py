"""ETag and If-Match: no lost updates between two editors writing one record (articles.versioning).

Every response that shows one record (GET, POST, PUT, PATCH) carries ``ETag: "<version>"``. A PUT,
PATCH or DELETE with ``If-Match`` is carried out only if the record is still at that version, else
412; without If-Match it is carried out as before (and a PATCH writes only the fields it names).
"""
import re
from contextlib import contextmanager

from django.db import transaction
from rest_framework import status
from rest_framework.exceptions import APIException

from articles.versioning import StaleVersion, claim_version

STRONG_TAG = re.compile(r'"(\d+)"')
SHOWS_ONE = {"retrieve", "create", "update", "partial_update"}


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "该记录已被他人修改（If-Match 与当前 ETag 不符）；请重新读取后再修改。"
    default_code = "precondition_failed"


def etag(version: int) -> str:
    return f'"{version}"'


def if_match(request) -> list[int] | None:
    """The versions an If-Match header accepts; None without one (or with *), [] when none can match.

    If-Match compares strongly: a weak tag (W/"3") or anything that is not one of our tags matches nothing.
    """
    header = request.headers.get("If-Match")
    if header is None or header.strip() == "*":
        return None
    tags = (STRONG_TAG.fullmatch(tag.strip()) for tag in header.split(","))
    return [int(tag[1]) for tag in tags if tag]


class VersionedMixin:
    """For a ModelViewSet of a Versioned model whose serializer shows `version`."""

    @contextmanager
    def claimed(self, instance):
        """A transaction in which the record's version has moved on, if the request's If-Match allows."""
        with transaction.atomic():
            try:
                claim_version(instance, if_match(self.request))
            except StaleVersion:
                raise PreconditionFailed()
            yield

    def perform_update(self, serializer):
        with self.claimed(serializer.instance):
            serializer.save()

    def perform_destroy(self, instance):
        with self.claimed(instance):
            instance.delete()

    def finalize_response(self, request, response, *args, **kwargs):
        data = getattr(response, "data", None)
        if (getattr(self, "action", None) in SHOWS_ONE and response.status_code in (200, 201)
                and isinstance(data, dict) and "version" in data):
            response["ETag"] = etag(data["version"])
        return super().finalize_response(request, response, *args, **kwargs)
