"""Role words printed beside names, each list held once (as dateutil's parserinfo holds its words).

Bylines read AUTHOR_ROLES, the page credits EDITOR_ROLES; the person finder takes a text
ending with one of CREDIT_ROLES as a credit before a name, never a 职务, and BARE_CREDITS as
a weaker sign that a name follows. The lists are built from the groups below, so a word is
written once.
"""

# Authors' roles in bylines (本报记者 X, 新华社记者 X …)
REPORTER_ROLES = (
    "特约评论员", "评论员", "特约记者", "首席记者", "见习记者", "实习记者", "全媒体记者", "融媒体记者", "特派记者",
    "记者", "特约通讯员", "通讯员", "实习生",
)
PHOTO_ROLES = ("摄影报道", "摄影")
WRITER_ROLES = ("文/图", "图/文", "文／图", "图／文", "撰文", "整理", "编译")
AUTHOR_ROLES = REPORTER_ROLES + PHOTO_ROLES + WRITER_ROLES
SIGNED = "署名"  # the role of an author whose name alone signs the article, no role printed

# Production roles in the page credits (责编 X 美编 Y): the desk's, which only ever credit, and
# the others, some of which are also posts (主编)
DESK_ROLES = ("责任编辑", "美术编辑", "图片编辑", "文字编辑", "值班编辑", "版面编辑", "责任校对",
              "责编", "美编", "编辑", "校对", "版式")
OTHER_EDITOR_ROLES = ("版式设计", "视觉设计", "视觉", "组版", "审读", "制图", "排版", "主编", "设计", "照排")
EDITOR_ROLES = DESK_ROLES + OTHER_EDITOR_ROLES

# What ends the text right before a credited name: reporters' and desk roles, and the photo
# and design credits 摄影, 摄 (记者 X 摄) and 视觉
CREDIT_ROLES = REPORTER_ROLES + DESK_ROLES + ("摄影", "摄", "视觉")

# Credit words printed bare before a name (作者 X, 文 X 图 Y)
BARE_CREDITS = ("作者", "文", "图")
