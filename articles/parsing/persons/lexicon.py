"""General-knowledge lexicons for the person-name extractor (no Django, no corpus data).

- Chinese surnames, single ones roughly in order of how common they are, and compound ones.
- The frequency of characters in Chinese given names, from the `ngender` package's table
  (MIT licensed, built from a large public list of names).
- The frequency of characters in ordinary text, derived from jieba's own dictionary.
- Transliteration characters used for foreign names.

Everything is computed once, lazily, and cached.
"""
from __future__ import annotations

import csv
import math
import os
from functools import lru_cache
from importlib.util import find_spec

# Single surnames, most common first (the order gives a rough prior).
SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈洪赖"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
    "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
    "宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈"
    "匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支"
    "卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉"
    "银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由钮蔚泮蓬诺弓寿龙习"
    "竺巨郦厍綦蒯逄笪缑仉訾郗麴酆扶堵汲邴糜隗宓钭韶蓟鄂莘宰璩濮郏宦庾殳夔乜桓"
)
COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 "
    "百里 呼延 万俟 澹台 公冶 太史 申屠 闻人 赫连 第五 淳于 单于 濮阳 拓跋 东郭 司空 左丘 梁丘 谷梁 乐正"
).split()

# Surnames that are also very common function words or morphemes: weaker evidence.
AMBIGUOUS_SURNAMES = set("和于向时那都来由但原国平明文高关安全成常于从上下大小中东西南北山海云花金石白红黄万")

# Characters used to write foreign names in Chinese.
TRANSLIT_CHARS = set(
    "阿埃艾爱安昂奥澳巴拜班邦宝保鲍贝本比彼毕宾波伯勃博布查达戴黛丹道德登邓迪蒂丁东杜敦多厄恩尔法凡范菲"
    "费芬丰弗福夫富盖甘冈高戈哥格根古瓜圭哈海汉豪赫黑亨胡华怀霍基吉加佳贾杰捷金卡凯坎康柯科克肯库夸奎昆"
    "拉莱赖兰朗劳勒雷蕾里理丽利莉连列林琳隆卢鲁陆路伦罗洛吕马玛迈麦曼芒梅门蒙米密明莫墨默姆穆纳娜乃奈南"
    "内尼涅宁纽努诺欧帕潘庞佩蓬皮珀普齐奇契恰乔切钦琴丘屈让热瑞若萨塞赛桑瑟森沙莎山善尚舍什施史士舒斯思"
    "松苏索塔泰坦汤唐特提图托瓦万旺威韦维温文沃乌伍西希锡席夏谢辛休雅亚扬耶叶伊依因英尤于约泽扎詹朱卓兹"
    "佐茨迦芭顿延申佛廉坚素猜通钦柴翰葛卜孔奈萨乔罗采察洪惠简京考可敏摩毛彭平青琼曲荣茹绍申陶滕翁武魏肖许娃娅妮丝薇琪露茜"
    "瑙易逊嘉芙铎璐缇萝恺斐珂笛"
) - set("于文山理")


@lru_cache(maxsize=1)
def surname_logp() -> dict[str, float]:
    """A rough log prior for each surname, from its rank (Zipf-like)."""
    out: dict[str, float] = {}
    seen = []
    for ch in SINGLE_SURNAMES:
        if ch not in out:
            seen.append(ch)
            out[ch] = 0.0
    for rank, ch in enumerate(seen, start=1):
        out[ch] = math.log(0.08 / rank ** 0.95)
    for name in COMPOUND_SURNAMES:
        out[name] = math.log(0.0002)
    return out


@lru_cache(maxsize=1)
def given_char_counts() -> tuple[dict[str, int], int]:
    """How often each character appears in Chinese given names (ngender's table)."""
    spec = find_spec("ngender")
    counts: dict[str, int] = {}
    if spec and spec.submodule_search_locations:
        path = os.path.join(list(spec.submodule_search_locations)[0], "charfreq.csv")
        with open(path, encoding="utf-8") as f:
            rows = csv.reader(f)
            next(rows, None)
            for row in rows:
                if len(row) >= 3:
                    counts[row[0]] = int(row[1]) + int(row[2])
    return counts, max(1, sum(counts.values()))


@lru_cache(maxsize=1)
def text_char_counts() -> tuple[dict[str, int], int]:
    """How often each character appears in ordinary text, from jieba's dictionary frequencies."""
    import jieba

    jieba.initialize()
    counts: dict[str, int] = {}
    for word, freq in jieba.dt.FREQ.items():
        if freq <= 0:
            continue
        for ch in word:
            counts[ch] = counts.get(ch, 0) + freq
    return counts, max(1, sum(counts.values()))


@lru_cache(maxsize=1)
def given_char_llr() -> dict[str, float]:
    """log P(char | given name) - log P(char | text) for every character seen in either."""
    gc, gt = given_char_counts()
    tc, tt = text_char_counts()
    out = {}
    for ch in set(gc) | set(tc):
        out[ch] = math.log((gc.get(ch, 0) + 1) / gt) - math.log((tc.get(ch, 0) + 50) / tt)
    return out



# Places and other transliterated words jieba's dictionary tags as person names (countries,
# capitals and large cities, regions, organisations, currencies): general knowledge.
FOREIGN_NON_PERSONS = set("""
阿富汗 阿尔巴尼亚 阿尔及利亚 安道尔 安哥拉 阿根廷 亚美尼亚 澳大利亚 奥地利 阿塞拜疆 巴哈马 巴林 孟加拉 巴巴多斯
白俄罗斯 比利时 伯利兹 贝宁 不丹 玻利维亚 波黑 博茨瓦纳 巴西 文莱 保加利亚 布基纳法索 布隆迪 柬埔寨 喀麦隆 加拿大
佛得角 乍得 智利 哥伦比亚 科摩罗 刚果 哥斯达黎加 科特迪瓦 克罗地亚 古巴 塞浦路斯 捷克 丹麦 吉布提 多米尼加 厄瓜多尔
埃及 萨尔瓦多 厄立特里亚 爱沙尼亚 埃塞俄比亚 斐济 芬兰 法国 加蓬 冈比亚 格鲁吉亚 德国 加纳 希腊 格林纳达 危地马拉
几内亚 圭亚那 海地 洪都拉斯 匈牙利 冰岛 印度 印尼 印度尼西亚 伊朗 伊拉克 爱尔兰 以色列 意大利 牙买加 日本 约旦
哈萨克斯坦 肯尼亚 基里巴斯 科威特 吉尔吉斯斯坦 老挝 拉脱维亚 黎巴嫩 莱索托 利比里亚 利比亚 列支敦士登 立陶宛 卢森堡
马其顿 马达加斯加 马拉维 马来西亚 马尔代夫 马里 马耳他 毛里塔尼亚 毛里求斯 墨西哥 摩尔多瓦 摩纳哥 蒙古 黑山 摩洛哥
莫桑比克 缅甸 纳米比亚 瑙鲁 尼泊尔 荷兰 新西兰 尼加拉瓜 尼日尔 尼日利亚 挪威 阿曼 巴基斯坦 帕劳 巴勒斯坦 巴拿马
巴布亚新几内亚 巴拉圭 秘鲁 菲律宾 波兰 葡萄牙 卡塔尔 罗马尼亚 俄罗斯 卢旺达 萨摩亚 圣马力诺 沙特 沙特阿拉伯 塞内加尔
塞尔维亚 塞舌尔 塞拉利昂 新加坡 斯洛伐克 斯洛文尼亚 索马里 南非 西班牙 斯里兰卡 苏丹 苏里南 斯威士兰 瑞典 瑞士 叙利亚
塔吉克斯坦 坦桑尼亚 泰国 多哥 汤加 特立尼达 突尼斯 土耳其 土库曼斯坦 图瓦卢 乌干达 乌克兰 阿联酋 英国 美国 乌拉圭
乌兹别克斯坦 瓦努阿图 梵蒂冈 委内瑞拉 越南 也门 赞比亚 津巴布韦 南斯拉夫 苏联 朝鲜 韩国 科索沃 车臣 达吉斯坦
喀布尔 地拉那 阿尔及尔 罗安达 布宜诺斯艾利斯 堪培拉 维也纳 巴库 达卡 明斯克 布鲁塞尔 巴西利亚 索非亚 金边 渥太华
圣地亚哥 波哥大 哈瓦那 布拉格 哥本哈根 开罗 亚的斯亚贝巴 赫尔辛基 巴黎 第比利斯 柏林 波恩 雅典 新德里 德里 孟买 加尔各答
雅加达 德黑兰 巴格达 都柏林 耶路撒冷 特拉维夫 罗马 东京 大阪
京都 横滨 神户 名古屋 安曼 阿拉木图 阿斯塔纳 内罗毕 科威特城
万象 里加 贝鲁特 的黎波里 维尔纽斯 吉隆坡 墨西哥城 基希讷乌 乌兰巴托 拉巴特 仰光 加德满都 阿姆斯特丹 海牙 惠灵顿 奥克兰
阿布贾 拉各斯 奥斯陆 伊斯兰堡 卡拉奇 拉合尔 巴拿马城 利马 马尼拉 华沙 里斯本 多哈 布加勒斯特 莫斯科 圣彼得堡 利雅得
达喀尔 贝尔格莱德 布拉迪斯拉发 卢布尔雅那 摩加迪沙 比勒陀利亚 约翰内斯堡 开普敦 马德里 巴塞罗那 科伦坡 喀土穆 斯德哥尔摩
伯尔尼 日内瓦 苏黎世 洛桑 大马士革 杜尚别 达累斯萨拉姆 曼谷 突尼斯城 安卡拉 伊斯坦布尔 阿什哈巴德 坎帕拉 基辅 阿布扎比
迪拜 伦敦 曼彻斯特 利物浦 爱丁堡 华盛顿 纽约 洛杉矶 芝加哥 旧金山 波士顿 休斯敦 西雅图 费城 亚特兰大 迈阿密 底特律
蒙得维的亚 塔什干 加拉加斯 河内 胡志明市 萨那 卢萨卡 哈拉雷 温哥华 多伦多 蒙特利尔 悉尼 墨尔本 布里斯班 珀斯 汉堡
慕尼黑 法兰克福 科隆 杜塞尔多夫 米兰 威尼斯 佛罗伦萨 那不勒斯 都灵 马赛 里昂 尼斯 戛纳 釜山 汉城 首尔 平壤 金边 万隆
泗水 槟城 新山 哥打基纳巴卢 达沃 宿务 清迈 普吉 巴厘 夏威夷 檀香山 阿拉斯加 加利福尼亚 加州 得克萨斯 佛罗里达 克什米尔
查谟 旁遮普 拉萨 喀什 乌鲁木齐 哈尔滨 齐齐哈尔 呼和浩特 阿拉伯 欧洲 亚洲 非洲 美洲 拉美 澳洲 大洋洲 欧盟 北约 东盟
欧佩克 联合国 卢布 美元 欧元 日元 马克 法郎 英镑 卢比 杜马 克里姆林宫 白宫 五角大楼 奥运 奥运会 奥林匹克 诺贝尔
尼古丁 沙林 桑巴 海尔 夏利 宝马 奔驰 丰田 本田 索尼 微软 英特尔 摩托罗拉 诺基亚 西门子 飞利浦 麦当劳 肯德基 可口可乐
波音 空客 桑塔纳 捷达 奥迪 大众 雪佛兰 福特 通用 劳斯莱斯 伊斯兰 基督 佛教 穆斯林 加沙 约旦河 巴勒斯坦 苏伊士 巴拿马运河
""".split())

# Common Japanese surnames (written in Chinese characters), for Japanese names in news.
JAPANESE_SURNAMES = set("""
桥本 小渊 村山 中曾根 竹下 宫泽 细川 羽田 小泉 安倍 福田 麻生 鸠山 野田 田中 山本 中村 小林 加藤 吉田 山田
佐藤 铃木 高桥 渡边 伊藤 松本 井上 木村 斋藤 清水 山口 池田 石川 前田 藤田 冈田 武村 久间 河野 高村 梶山 野中
堺屋 宫本 小和田 海部 大平 三木 佐佐木 森喜 菅直 冈本 石原 长谷川 坂本 松下 盛田 丰田 本田 稻盛 大江 川端 村上
东条 武藤 近藤 远藤 后藤 工藤 内藤 佐野 宇野 小野 中野 大野 西村 松村 野村 北村 今村 吉村 冈村 町村 中川 吉川
石井 藤井 酒井 今井 土井 新井 内田 原田 岛田 森田 石田 松田 岩田 增田 柴田 太田 黑田 武田 坂田 饭田 奥田 阿南
藤原 菅原 桑原 前原 松冈 冈部 服部 森本 藤本 杉本 榎本 横山 丸山 杉山 片山 古贺 尾身 额贺 谷垣 二阶 三冢 梶原
竹内 宫崎 小仓 小坂 久保 浅井 稻叶 矢野 志位 不破 土光 大来 福井 高田 仓田 西田 平田 千叶 小和田 鹤田 安藤 樋口
""".split())
