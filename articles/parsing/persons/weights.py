"""The weights of the person finder, named: one place to read and tune them.

A Chinese candidate's score starts from how name-like it is (`chinese.score_chinese`, the
NAME_* and PART_* weights) and is then moved by its context (`context.score_in_context`, the
rest); it is a name at THRESHOLD (two characters: THRESHOLD + TWO_CHAR_MARGIN). Bonuses are
added and penalties subtracted, so every constant here is positive or zero.
"""

# -- the verdict
THRESHOLD = 2.0  # a candidate scoring this much is a name
TWO_CHAR_MARGIN = 0.5  # a two-character name needs this much more
REJECT = -99.0  # the score of what can never be a name (李阿姨, 张家村)

# -- cue words around a name (cues.left_cue, cues.right_cue)
POST_CUE = 3.0  # a post word or credit role right before (区委书记, 本报记者)
WORD_CUE = 2.0  # a word for a person right before (村民, 老师, 作者)
RIGHT_CUE = 2.0  # a verb of speech or a form of address right after (说, 表示, 同志)

# -- a Japanese surname (桥本, 小泉)
JAPANESE_FULL_NAME = 3.0  # the surname and a given name
JAPANESE_SURNAME_ALONE = 1.0

# -- the context of a Chinese candidate: what says person
CUED_WORD_FLOOR = THRESHOLD + TWO_CHAR_MARGIN  # a whole word right after a post word passes
NAME_LIST = 2.0  # right after a name and a 、 or space (徐起超、沈求我)
NAME_LIST_TO_SEPARATOR = 2.0  # ... and running up to the next separator
FIRST_OF_LIST = 2.0  # before a 、 and a name jieba tags (余国东、焦兴涛)
CUT_BEFORE_PUNCTUATION = 2.0  # a candidate cut inside a token, ending at 、，。
SPEECH_SUBJECT = 4.0  # opens a clause that says something (罗干说，)
AT_BOUNDARY = 1.0  # punctuation or the end right after
POST_TO_PUNCTUATION = 2.5  # all between a post word and the punctuation (党委书记向东海：)
OWN_LINE = 2.0  # a line of its own

# -- the context of a Chinese candidate: what says not a person
LONE_CHAR_LEFT = 2.0  # a lone character would be left before the comma (余国/东、)
AFTER_QUANTITY = 2.0  # after a quantity word (半点马虎, 一些)
ABBREVIATION_RUN = 2.0  # one-character abbreviations (农/文/旅融合)
AFTER_COUNTRY = 3.0  # a known word right after a country or city (荷兰/鹿特丹)
QUOTED_PHRASE = 5.0  # part of a short quoted phrase (“智融惠畅”)
IN_PLACE_LIST = 4.0  # in a list of places, or before a dateline (奉节、云阳, 5月27日电)
ORG_WORD_AFTER = 2.5  # an organisation or place word after it (公司, 镇)
PLACE_UNIT_AFTER = 4.0  # ... standing as a word of its own (甘棠/镇)
# a place, an institution or a thing (context.place_or_thing): added up, then subtracted
PLACE_LIST_AFTER = 8.0  # a list of places ends after it (等区县)
THING_NAMED_AFTER = 8.0  # a thing named after a person follows (纪念馆, 中学)
DISTRICT_IN_BRACKETS = 4.0  # 重庆（荣昌）
QUOTED_CAMPAIGN = 4.0  # “夏安”行动
NOUN_AND_MEASURE = 2.0  # 楼/栋
SET_PHRASE_HALF = 2.0  # the second half of a four-character phrase in a series (精准施策、靶向发力)

# -- how name-like the characters are (chinese.score_chinese)
UNKNOWN_SURNAME = -5.0  # log-ratio of a surname without a prior
UNKNOWN_GIVEN_CHAR = -4.0  # log-ratio of a character never seen in either table
FUNCTION_CHAR_END = 4.0  # ends with 的, 了, 在 …
NAME_OR_PLACE_END_CHAR = 3.0  # ends with 树 (陈嘉树) in a whole name guess
SOFT_END_CHAR = 3.0  # ends with 院, 校, 楼, 堂
REDUPLICATED = 4.0  # 殷殷, 苗苗
SURNAME_CLOSES_PHRASE = 3.0  # 以武养武
TWO_GIVEN_CHARS = 1.0
RARE_GIVEN_COUNT = 600  # a given-name character seen fewer times than this is rare
RARE_GIVEN_CHAR = 3.0

# -- one token holding the candidate
NAME_GLUED_TO_VERB = 2.5  # jieba glued the verb after the name to it (李秋说)
NAME_INSIDE_WORD = 6.0  # the score of a known full name inside a word named after it (马克思主义)
KNOWN_FULL_NAME = 4.0  # jieba's dictionary has it as a full name (nrfg)
GUESSED_FULL_NAME = 4.0  # jieba's own name guess, two given characters
GUESSED_SHORT_NAME = 2.5  # ... one given character
# a word jieba's dictionary holds under a name tag: base - slope * log10(frequency + 1)
NAME_WORD_BASE, NAME_WORD_SLOPE = 1.5, 0.3  # three characters, or a compound surname
SHORT_NAME_WORD_BASE, SHORT_NAME_WORD_SLOPE = 1.0, 1.5  # two characters
MADE_UP_WORD = 1.5  # a word jieba's HMM made up that starts with a surname
OTHER_TAG_NAME_BASE, OTHER_TAG_NAME_SLOPE = 1.0, 0.3  # a full name under another tag (周恩来/t)
NOUN_WORD_BASE, NOUN_WORD_SLOPE = 0.5, 0.8  # a noun or time word (subtracted)
OTHER_WORD_BASE = 1.0  # any other word: base + log10(frequency + 1), subtracted
VERB_OR_ADJECTIVE = 2.0  # 揭晓
COMPOUND_ON_WORD = 2.5  # 农家/乐, 马兰/花
COMPOUND_HEAD_FREQ = 20  # the first two characters are a word this common

# -- several tokens (jieba split the candidate)
PART_NAME_HEAD_UNKNOWN = 2.0  # the first token is a name guess jieba does not know
PART_NAME_HEAD_KNOWN = 0.5  # ... that it knows
PART_FOREIGN_PLACE = 4.0  # a later part is a country or city
PART_PLACE = 3.0  # a later part is a place or organisation
PART_TIME_HEAD = 3.5  # the first token is a time word (周二/晚)
PART_WORD_HEAD = 2.0  # ... or another word
PART_SURNAME_FUNCTION_WORD = 1.5  # the surname alone is a verb, preposition …
PART_CUT_SLOPE = 0.3  # ending inside a word: times log10(its frequency + 1)
COMMON_WORD_FREQ = 1000  # a word this frequent is common
PART_STARTS_COMMON_WORD = 2.0  # the last given character starts a common word (尹莉/明白)
PART_GLUED_CUT = 1.5  # the head was a name guess one character longer than the surname
PART_LEAVES_NO_WORD = 2.0  # what is left of the cut word is no word
PART_BREAKS_LONG_WORD = 2.5  # it breaks a word of three or more (华晟/新能源)
PART_GLUED_CHAR = 2.5  # a one-character part after a glued head
PART_NAME_CHAR = 0.5  # a one-character part jieba tags as a name part, or does not know
PART_FUNCTION_CHAR = 1.0  # a one-character verb, particle …
PART_AFTER_KNOWN_NAME = 1.5  # ... after a two-character name jieba knows (张骞/乘)
PART_WORD_SLOPE = 0.7  # a longer part jieba knows: times log10(frequency + 1)
