"""Posts (职务): the title printed right before a person's name, and whether two can be one person's.

`title_before(text, start, floor)` reads back from `start` (where a name begins) to the start of
the clause and returns the title, or None. A title ends with a post word (书记, 主任, 部长,
局长, 委员, 代表, 教授 …) and may hold several posts joined by 、 (`市委常委、统战部部长`).
A byline role (记者, 通讯员 …) is not a title. Pure Python, no Django.
"""
from __future__ import annotations

import re

from ..cjk import is_cjk
from ..vocabulary import CREDIT_ROLES

# Post words that end a title. Longest match wins; only the ending matters.
TITLE_SUFFIXES = tuple(sorted(set("""
书记 副书记 总书记 第一书记 常委 委员 主任 副主任 主席 副主席 部长 副部长 部长助理 局长 副局长 处长 副处长
科长 股长 市长 副市长 区长 副区长 县长 副县长 省长 副省长 州长 镇长 乡长 村长 盟长 旗长 厅长 司长 署长
院长 副院长 校长 副校长 所长 厂长 社长 站长 馆长 会长 副会长 理事长 秘书长 董事长 副董事长 行长 副行长 台长
团长 队长 组长 副组长 班长 大班长 组员 主委 常务副区长 常务副市长 常务副县长 常务副省长 监事长 监事会主席
总经理 副总经理 经理 总裁 副总裁 总监 董事 监事 执行董事 独立董事 首席执行官 执行官 首席 首席代表 首席专家
首席律师 首席经济学家 首席科学家 总工程师 总会计师 总编辑 主编 副主编 编辑 总编 总监 主管 负责人 创始人 合伙人
领导 干部 代表 人大代表 党代表 委员 议员 议长 参议员 众议员 大使 公使 参赞 领事 总领事 特使 特别代表 发言人
总统 副总统 总理 副总理 首相 国务卿 外长 外交部长 国王 女王 王子 亲王 首脑 元首 总督 州长 市长 秘书 助理
教授 副教授 讲师 研究员 副研究员 院士 博士 硕士 学者 专家 工程师 高级工程师 技师 高级技师 特级技师 技术员
医生 医师 主任医师 护士 护士长 律师 法官 检察官 检察长 庭长 审判长 审判员 警官 民警 所长 警长 政委 政治委员
司令 司令员 副司令员 参谋长 军长 师长 旅长 团长 营长 连长 排长 指导员 将军 上将 中将 少将 大校 上校 中校
少校 主任委员 召集人 联络员 网格员 辅导员 调解员 业务员 运动员 教练 教练员 主教练 队员 球员 选手 冠军 裁判
演员 导演 编剧 作家 诗人 画家 书法家 艺术家 歌唱家 音乐家 作曲家 科学家 企业家 教育家 老师 教师 班主任
园长 队长 船长 机长 舰长 列车长 车间主任 技术员 会计 出纳 店长 户主 党员 群众 农民 村民 居民 工人 职工
老党员 党组成员 党委成员 班子成员 志愿者 主持人 学生 校友 馆员
教官 法人 掌门人 传承人 非遗传承人 带头人 理事 常务理事 副理事长
""".split()), key=len, reverse=True))

# Roles printed in bylines and credits (本报记者, 责编): the author's role, not a title.
_CREDIT_ROLE_AT_END = re.compile("(?:" + "|".join(sorted(map(re.escape, CREDIT_ROLES), key=len, reverse=True)) + ")$")

# Characters that end the clause a title can be in (、 does not: it joins posts).
HARD_STOPS = set("，。；：！？,;:!?\n\r《》【】[]…|／/·•")

# Words that start the clause material before the title: the title starts after the last.
TRIGGERS = re.compile(
    r"陪同|会见了?|会晤|接见|出席|参加|主持|看望|慰问|带领|率领|邀请|听取|宣布|任命|担任|包括|其中|以及|还有|"
    r"来自|表示|指出|强调|认为|当选|作为|获悉|介绍|称|说|据|即|如|的|有|是|由|同|在|为|对|向|请|"
    r"等|了|将|把|被|让|给|并|也|都|就|又|还|从|到"
)
# Words holding a trigger that are part of titles and organisation names.
GUARDS = ("有限", "共和", "和平", "所在", "中心", "中国", "中央", "中共", "中华", "中学", "中医", "中方", "中小",
          "中铁", "中建", "中交", "中石", "中信", "中粮", "中航", "中科", "高中", "初中", "上海", "上市", "后勤",
          "为民", "服务中", "同济", "协和", "中级", "中层", "中将", "中校", "的士", "经济", "经信", "经开", "经委",
          "经理", "经贸", "经营", "时代", "给水", "在线", "对外", "到家", "集中", "上级", "有关", "天津", "就业",
          "将军", "表示", "和谐", "人和", "保和", "人民", "为了")
MAX_TITLE = 48


def ends_with_credit_role(text: str) -> bool:
    """Whether text ends with a byline or credit role (本报记者, 责编, 摄): a credit, not a title."""
    return _CREDIT_ROLE_AT_END.search(text) is not None


def ends_with_post(text: str) -> bool:
    """Whether text ends with a post word: one of TITLE_SUFFIXES, or any X员 job (护林员, 巡护员)."""
    return text.endswith(TITLE_SUFFIXES) or (len(text) >= 3 and text[-1] == "员" and is_cjk(text[-2])
                                             and text[-2:] not in _NOT_POSTS)


_NOT_POSTS = ("人员", "成员", "会员", "学员", "官员", "雇员", "职员", "动员", "减员", "满员", "全员", "裁员", "冗员")


def _guarded(chunk: str, i: int, word: str) -> bool:
    """Whether the trigger `word` at chunk[i] is inside one of GUARDS (中心, 有限 …)."""
    for g in GUARDS:
        k = g.find(word)
        while k >= 0:
            s = i - k
            if 0 <= s and chunk[s:s + len(g)] == g:
                return True
            k = g.find(word, k + 1)
    return False


def clause_start(text: str, start: int, floor: int = 0) -> int:
    """Where the clause holding text[start] begins (not before floor)."""
    j = start
    limit = max(floor, start - 80)
    while j > limit:
        ch = text[j - 1]
        if ch in "）)":
            k = max(text.rfind("（", limit, j - 1), text.rfind("(", limit, j - 1))
            inner = text[k + 1:j - 1] if k >= 0 else ""
            if k < 0 or len(inner) > 6 or any(c.isdigit() for c in inner) or not inner:
                break
            j = k
            continue
        if ch in "（(" or ch in HARD_STOPS or ch.isspace():
            break
        j -= 1
    return j


def strip_title(chunk: str) -> str | None:
    """The title at the end of chunk (the text right before a name), or None."""
    if not chunk or chunk[-1] in "、，,":
        return None
    if not ends_with_post(chunk):
        return None
    cut = 0
    alone = None  # where a one-character trigger stands as a word of its own (在, 同), not inside one (同禾)
    for m in TRIGGERS.finditer(chunk):
        if m.end() >= len(chunk):
            continue
        if _guarded(chunk, m.start(), m.group()):
            continue
        if len(m.group()) == 1:
            alone = alone if alone is not None else _single_char_words(chunk)
            if m.start() not in alone:
                continue
        cut = max(cut, m.end())
    title = chunk[cut:].lstrip("、 \u3000“”\"'")
    # an opening quote left without its closing one
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    if not title or len(title) > MAX_TITLE or not ends_with_post(title):
        return None
    if ends_with_credit_role(title):
        return None
    return title


def _single_char_words(text: str) -> set[int]:
    """Positions of the one-character words jieba cuts text into."""
    import jieba  # loaded on first use only

    out, at = set(), 0
    for word in jieba.lcut(text):
        if len(word) == 1:
            out.add(at)
        at += len(word)
    return out


def title_before(text: str, start: int, floor: int = 0) -> str | None:
    """The 职务 printed right before the name at text[start], not reading back past floor."""
    return strip_title(text[clause_start(text, start, floor):start])


def _bigrams(text: str) -> set[str]:
    """The character pairs of text (text itself when shorter)."""
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def _broad(title: str) -> bool:
    """A title that names no post of its own (区领导, 市领导, 负责人): it fits any post."""
    return title.endswith(("领导", "负责人", "代表", "委员")) and len(title) <= 4


def titles_compatible(a: str | None, b: str | None) -> bool:
    """True unless two printed posts clearly describe different positions.

    Missing posts fit anything; one post inside the other (副市长 / 某市副市长) fits; otherwise
    most of the wording must be shared.
    """
    a, b = (a or "").strip(), (b or "").strip()
    if not a or not b or a in b or b in a or _broad(a) or _broad(b):
        return True
    ga, gb = _bigrams(a), _bigrams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb)) >= 0.6
