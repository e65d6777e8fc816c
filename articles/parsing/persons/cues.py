"""Context around a name candidate: cue words before and after it, and signs of a place, an
organisation or a thing (a suffix like 公司 after it, a list of places around it, a verb of motion
before it, a dateline after it).
"""
from __future__ import annotations

import re

from ..vocabulary import BARE_CREDITS
from .lexicon import FOREIGN_NON_PERSONS
from .posts import ends_with_credit_role, ends_with_post
from .text import Tok
from .weights import POST_CUE, RIGHT_CUE, WORD_CUE

# Words right after a name that show it is a person.
RIGHT_CUES = set("""
说 表示 指出 强调 认为 介绍 告诉 说道 称 问 答 回忆 坦言 笑着说 感慨 透露 解释 提出 要求 希望 建议 主持 出席 会见
会晤 接见 看望 慰问 率领 带领 陪同 参加 讲话 致辞 发言 宣布 同志 先生 女士 小姐 教授 老师 夫妇 夫人 一行 本人
主席 总统 总理 首相 书记 总书记 委员长 部长 外长 大使 院长 局长 市长 省长 县长 区长 议长 总裁 董事长 经理 博士
同学 师傅 大夫 医生 老人 大爷 大妈 阿姨 等人 告诉记者 对记者 向记者 认真 则 曾 已 正在 今年 当选 获得 担任
烈士 将军 主教练 夫妇俩 本人 生前 逝世 去世 诞辰 遗孀
""".split())
# Words right before a name that show it is a person (posts and credit roles count more: left_cue).
LEFT_CUES = set(BARE_CREDITS) | set("""
主持人 村民 市民 居民 农民 工人 职工 学生 老人 同学 战士
演员 歌手 选手 球员 队员 网友 患者 老汉 大爷 大妈 阿姨 师傅 老师 先生 女士 妻子 丈夫 儿子 女儿 父亲 母亲
领袖 外援 前锋 中锋 后卫 门将 主帅 球星 歌星 影星 名将 老将 新秀 国脚 棋手 车手 小将 弟弟 哥哥 姐姐 妹妹 爷爷 奶奶
""".split())
_LEFT_CUE_LENGTHS = sorted({len(cue) for cue in LEFT_CUES})  # a text ends with a cue: its last n characters are one
# Characters and words after a candidate that mark an organisation, place or thing named after it.
ORG_AFTER = re.compile(
    r"^(?:公司|集团|大学|学院|中学|小学|学校|医院|银行|基金|研究院|研究所|协会|学会|委员会|办公室|中心|工作室|"
    r"纪念馆|故居|大道|路|街|广场|公园|大桥|桥|镇|村|乡|县|市|省|州|区|岛|港|湾|山|河|湖|江|杯|奖|号(?!召)|报(?!道|告|名|到|称|以)|队|"
    r"俱乐部|体育|理论|思想|主义|体|式|牌|家族|王朝|时代|时期|年间|精神|现象|效应|定律|定理|模式|品牌|酒|茶|菜|庄|楼|堂|"
    r"站|厂|店|社|宫|寺|庙|塔|寨|坊|人|语|文|族|氏|星|巷|城|墓|陵|祠|碑|园|像|方|界|通道|铁路|公路|高速|能源|"
    r"汽车|科技|实业|股份|控股|居图|图|线|项目|工程|品牌|系列|牌|行动|计划|基地|平台|模式|小镇)"
)
# Given-name characters that are also very common words on their own: a name ending here
# after a split is unlikely.
FUNCTION_CHARS = set("的了是在和与及或也都就又还从到把被让给对向为以于之其这那有无不没很更最等着过地得所个们"
                      "里上下中内外前后说道到将已被并而且但却则即乃因由此该每各某本它他她我你您")

# Characters a given name does not end with: the span runs into a place or organisation.
PLACE_END = set("镇村乡县省州区队路街寨社厂店部局委办所馆站港湾岛桥寺庙宫殿塔场氏们家阁树茶球坪坝沟坡塘滩")
SOFT_END = set("院校楼堂")
# Of those, characters common in given names too (陈嘉树): a name only where jieba's own name guess
# holds the whole candidate as one token it does not know as a word.
NAME_OR_PLACE_END = set("树")

BOUNDARY = set("，。、；：！？）)”」』\n ,;:!?")

DATELINE = re.compile(r"[\d０-９]{1,2}月[\d０-９]{1,2}日(?:电|讯)")  # 本报德国X5月27日电: a place
# 等4个村庄, 西亚等大、中城市, 、彭水、梁平等区县: a list of places ends here
PLACES_AFTER = re.compile(r"(?:(?:、[\u4e00-\u9fff]{2,4})+|[\u4e00-\u9fff]{0,3})等"
                          r"(?:[\d一二三四五六七八九十几数多]+个)?"
                          r"(?:大、中|大中)?(?:城市|村庄|村落|地区|省份|城镇|乡镇|港口|岛屿|国家和地区|区县|县区|区市县|"
                          r"市县|县市|省区市|省市|街镇|镇街|村镇|国家)")
PLACE_UNITS = frozenset("镇村乡县省州市区港")
SPEECH_AFTER = re.compile(r"(?:说|表示|指出|强调|认为|宣布|透露|回答说|告诉记者)[，：:。“]")
# what is named after a person is no person (卢作孚纪念馆, X中学)
NAMED_AFTER = re.compile(r"纪念馆|纪念堂|故居|陵园|公司|集团|大学|学院|中学|小学|医院|银行|基金会|研究院|研究所|"
                         r"两地|三地|快速通道|快速路|指数|太空中心|航天中心|俱乐部|体育俱乐部|汽车公司|农庄|林场")
# after a foreign name: a disease or a law of nature named after the person
FOREIGN_THING_AFTER = re.compile(r"病|症|综合征|定律|定理|效应|方程|常数|半径")
# a quoted word followed by one of these is the name of a campaign or a thing (“夏安”行动)
QUOTED_THING = re.compile(r"行动|工程|计划|品牌|系列|项目|模式|活动|专项|杯|奖|号|牌|精神|经验")
# 、 or ， then another four-character phrase: a series of set phrases, not of names
PARALLEL_FOUR = re.compile(r"[、，][\u4e00-\u9fff]{4}[、，。；！]")

# Words right before a place (在图卢兹, 城市哈斯科沃)
_PLACE_BEFORE = frozenset("在 到 赴 抵 抵达 访问 前往 飞往 来到 离开 途经 从 于 城市 首都 港口 小镇 地区 州 省 市 "
                           "通往 位于 胜地 旅游胜地 首府 郊区 市郊 城郊 至".split())


def before_place(toks: list[Tok], i: int) -> bool:
    """Whether token i stands where a place does (在图卢兹, 荷兰鹿特丹, 城市哈斯科沃)."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return prev.word in _PLACE_BEFORE or prev.word in FOREIGN_NON_PERSONS or prev.flag == "ns"


def in_place_list(toks: list[Tok], i: int, j: int) -> bool:
    """Whether tokens i..j-1 stand in a 、-list of places (奉节、云阳、巫溪等区县)."""
    if i >= 2 and toks[i - 1].word == "、" and toks[i - 2].flag in ("ns", "nt"):
        return True
    return j + 1 < len(toks) and toks[j].word == "、" and toks[j + 1].flag in ("ns", "nt")


def opens_clause(text: str, start: int) -> bool:
    """Whether text[start] begins the text or a clause (after ，。；：！？“ or a line break)."""
    return start == 0 or text[start - 1] in "，。；：！？“\n"


def left_cue(text: str, start: int) -> float:
    """What the words right before text[start] say: a post or credit role, a word for a person, nothing."""
    before = text[max(0, start - 12):start].rstrip(" \u3000")
    if not before:
        return 0.0
    if ends_with_post(before) or ends_with_credit_role(before):
        return POST_CUE
    if any(before[-n:] in LEFT_CUES for n in _LEFT_CUE_LENGTHS):
        return WORD_CUE
    return 0.0


# A verb of speech or office a few words after a name, past a date, an adverb or a place:
# 巴拉克6月15日在开罗表示, 桥本还表示, 罗干当天会见.
_LATER_VERB = re.compile(
    r"(?:(?:[\d０-９]{1,2}月)?[\d０-９]{1,2}日|[今昨前当]天|日前|近日|此前|同日|当日|随后|再次|已经|一再|"
    r"[也还又则都曾已就并])"
    r"(?:在[\u4e00-\u9fff]{1,5}?)?"
    r"(?:说|表示|指出|强调|认为|宣布|透露|回答|告诉|介绍|会见|会晤|接见|出席|主持|发表|致电|签署|访问|抵达)")

# Where a person stands in a photo, printed after the name in a caption: 新凤霞（中）, 王昆（左二）.
_CAPTION_PLACE = re.compile(r"[（(](?:[左右]|前排|后排)?[左右中前后][一二三四五六七八九]?[）)]")


def right_cue(toks: list[Tok], j: int, text: str, end: int) -> float:
    """What follows a name ending at text[end] (token j on): a verb of speech or office, a form of
    address, a place in a photo; or nothing."""
    if j < len(toks):
        w = toks[j].word
        if w in RIGHT_CUES:
            return RIGHT_CUE
        for k in (3, 2):
            if text[end:end + k] in RIGHT_CUES:
                return RIGHT_CUE
        if _LATER_VERB.match(text, end) or _CAPTION_PLACE.match(text, end):
            return RIGHT_CUE
    return 0.0
