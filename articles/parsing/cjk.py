"""The one test for a Chinese character, shared by the page pipeline and the person finder.

The range is the ideograph blocks newspapers print: CJK Unified Ideographs (U+4E00–9FFF),
Extension A (U+3400–4DBF) and the Compatibility Ideographs (U+F900–FAFF).
"""


def is_cjk(ch: str) -> bool:
    """True for one Chinese character (any of the three ideograph blocks above)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
