"""Rules of the person extractor added one by one, each on sentences written for it (invented names)."""
from articles.parsing.persons import find_mentions


def names(text):
    return [p.name for p in find_mentions(text)]


def test_japanese_surname_with_given_name_is_the_whole_name():
    assert names("日本代表团团长石井和夫说，双方合作前景广阔。") == ["石井和夫"]
    assert names("东京大学教授西村健一表示，研究还在进行。") == ["西村健一"]


def test_japanese_surname_before_a_company_word_is_not_a_name():
    assert names("本田公司宣布扩产。") == []
