"""Celery task: import one page (a file, or the files of one page) with the command's own code (articles.batch).

Idempotent: a page already stored reports `unchanged`; a task is acknowledged only when done, so a
killed worker's page is imported by another, and the page is one transaction, never half stored.
"""
from __future__ import annotations

import base64
import dataclasses
import datetime
from pathlib import Path

from celery import shared_task

from .batch import ImportResult, PageMeta, import_job
from .importer import Kept
from .jobs import PageJob


@shared_task(name="articles.import_page")
def import_page(job: dict, replace: bool = False, data: list[str] | None = None, move: bool = False) -> dict:
    """Import one page; `data` is its files' bytes (base64) as read where it was queued."""
    raw = [base64.b64decode(d) for d in data] if data is not None else None
    result = import_job(job_from_dict(job), replace=replace, move=move, data=raw)
    return result_to_dict(result)


def job_to_dict(job: PageJob) -> dict:
    """The job as JSON; `source_path` is fixed here, where the files are, not where a worker runs."""
    return {"paths": [str(p) for p in job.paths], "given": meta_to_dict(job.given),
            "from_path": meta_to_dict(job.from_path) if job.from_path else None,
            "notes": list(job.notes), "error": job.error, "group": job.source_path}


def job_from_dict(values: dict) -> PageJob:
    from_path = values.get("from_path")
    return PageJob([Path(p) for p in values["paths"]], meta_from_dict(values["given"]),
                   meta_from_dict(from_path) if from_path else None, list(values.get("notes") or []),
                   values.get("error"), values.get("group"))


def meta_to_dict(meta: PageMeta) -> dict:
    values = dataclasses.asdict(meta)
    values["date"] = meta.date.isoformat() if meta.date else None
    return values


def meta_from_dict(values: dict) -> PageMeta:
    date = values.get("date")
    return PageMeta(values.get("newspaper"), datetime.date.fromisoformat(date) if date else None,
                    values.get("number"), values.get("section"))


def result_to_dict(result: ImportResult) -> dict:
    values = dataclasses.asdict(result)
    values["meta"] = meta_to_dict(result.meta)
    return values


def result_from_dict(values: dict) -> ImportResult:
    return ImportResult(**{**values, "meta": meta_from_dict(values["meta"]), "kept": Kept(**values["kept"])})
