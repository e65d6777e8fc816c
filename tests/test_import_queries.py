"""Storing a page costs the same number of SQL queries whatever its number of articles and persons."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.batch import PageMeta, import_file
from articles.models import Mention, Person

pytestmark = pytest.mark.django_db

SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗"
GIVEN = "建国明华志强海涛文军伟平"
DAY = datetime.date(2024, 3, 15)


def page_text(articles: int, persons_each: int, first: int = 0) -> str:
    """A page of `articles` meeting reports, each naming `persons_each` officials with their post."""
    parts, k = [], first
    for a in range(articles):
        names = []
        for _ in range(persons_each):
            names.append(SURNAMES[k % len(SURNAMES)] + GIVEN[(k // len(SURNAMES)) % len(GIVEN)]
                         + GIVEN[(k * 7 + 3) % len(GIVEN)])
            k += 1
        said = "".join(f"副区长{name}出席会议并讲话。" for name in names)
        parts.append(f"第{a + 1}次工作推进会召开\n\n本报讯 11月{a + 1}日，全区工作推进会在区行政中心召开。{said}"
                     "会议总结了前一阶段的工作，部署了下一阶段的任务，要求各部门抓好落实。\n")
    return "\n".join(parts)


def queries_to_import(tmp_path, number: int, text: str):
    path = tmp_path / f"{number:02}.txt"
    path.write_text(text, encoding="utf-8")
    with CaptureQueriesContext(connection) as queries:
        result = import_file(path, PageMeta("测试日报", DAY, number))
    assert result.status == "imported", result.line()
    return len(queries), result


def test_a_page_with_many_persons_costs_the_queries_of_one_with_few(tmp_path):
    queries_to_import(tmp_path, 1, page_text(1, 1, first=200))  # the paper and issue exist from here on
    few, small = queries_to_import(tmp_path, 2, page_text(1, 1))
    many, big = queries_to_import(tmp_path, 3, page_text(12, 6, first=1))
    assert (small.articles, small.persons) == (1, 1)
    assert (big.articles, big.persons) == (12, 72)
    assert many == few
    assert Mention.objects.filter(page__number=3).count() == 72


def test_persons_already_stored_are_looked_up_together(tmp_path):
    queries_to_import(tmp_path, 1, page_text(12, 6).replace("会议总结", "大会总结"))  # the same persons, other text
    persons = Person.objects.count()
    few, small = queries_to_import(tmp_path, 2, page_text(1, 1))  # one person, stored already
    many, big = queries_to_import(tmp_path, 3, page_text(12, 6))  # the same 72 persons again
    assert Person.objects.count() == persons
    assert (small.persons, big.persons) == (1, 72)
    assert many == few
