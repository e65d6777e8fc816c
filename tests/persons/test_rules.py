"""Rules of the person extractor added one by one, each on sentences written for it (invented names)."""
from articles.parsing.persons import find_mentions


def names(text):
    return [p.name for p in find_mentions(text)]


def test_japanese_surname_with_given_name_is_the_whole_name():
    assert names("日本代表团团长石井和夫说，双方合作前景广阔。") == ["石井和夫"]
    assert names("东京大学教授西村健一表示，研究还在进行。") == ["西村健一"]


def test_japanese_surname_before_a_company_word_is_not_a_name():
    assert names("本田公司宣布扩产。") == []


def test_surname_before_a_post_word_is_a_mention():
    assert names("项市长答应帮忙。") == ["项"]
    assert "江" in names("江主席在会上强调，要加快发展。")


def test_class_before_its_monitor_is_not_a_surname():
    assert names("法学班班长说，大家都很气愤。") == []


def test_old_plus_surname():
    assert names("老于的女儿要考大学了，老于还住在破院子里。") == ["于", "于"]


def test_full_name_jieba_knows_under_another_tag():
    import jieba

    jieba.add_word("许德来", freq=200, tag="t")
    try:
        assert names("这是研究许德来经济思想的一部专著。") == ["许德来"]
    finally:
        jieba.del_word("许德来")


def test_japanese_surname_that_is_a_common_word_does_not_take_the_next_word():
    assert names("清水绿岸，风景如画。") == []


def test_report_verb_after_a_byline_name_is_not_a_newspaper():
    assert names("本报杭州3月2日电记者赵明来报道：会议今天开幕。") == ["赵明来"]


def test_place_unit_as_its_own_word_after_a_candidate():
    assert names("1：柳棠镇发展蘑菇生产，销路畅通。") == []


def test_full_name_jieba_knows_despite_a_rare_given_character():
    import jieba

    jieba.add_word("许恩芃", freq=300, tag="t")
    try:
        assert names("这是研究许恩芃经济思想的一部专著。") == ["许恩芃"]
    finally:
        jieba.del_word("许恩芃")


def test_a_place_in_a_dateline_is_not_a_person():
    assert names("本报德国罗滕堡5月27日电记者赵明来报道：比赛开幕。") == ["赵明来"]


def test_name_does_not_take_the_first_character_of_a_common_word():
    assert names("尹芳明白，要想站稳市场，就要掌握顾客的需求。") == ["尹芳"]


def test_known_two_character_name_does_not_take_a_following_verb():
    from articles.parsing.persons.chinese import chinese_candidates, score_chinese
    from articles.parsing.persons.stats import name_stats
    from articles.parsing.persons.text import tokens

    m = name_stats()
    toks = tokens("丁香乘槎入银河的故事流传久远。")
    scored = {n: score_chinese(m, n, sur, toks, 0, j, cut) for n, j, cut, sur in chinese_candidates(m, toks, 0)}
    assert scored["丁香"] > scored["丁香乘"]


def test_transliterated_part_jieba_tags_nrt_joins_across_the_dot():
    assert names("执行干事彼得·皮尔在开幕式上讲话。") == ["彼得·皮尔"]


def test_transliterated_place_before_a_list_of_villages():
    assert names("31日上午，在布拉诺维茨等3个村庄发生冲突。") == []


def test_transliterated_place_after_a_resort_word():
    assert names("通往著名旅游胜地帕塔拉的高速公路上发生事故。") == []


def test_transliterated_name_cut_into_single_characters_before_a_speech_verb():
    assert names("素拉猜强调，有关国家应对流入资本加强监督。") == ["素拉猜"]


def test_surname_character_closing_a_phrase_is_not_a_name():
    assert names("一直局限于以文养文的旧模式。") == []


def test_time_word_does_not_start_a_name():
    assert names("若望总理周二晚表示，协议迎来新阶段。") == []


def test_dictionary_verb_starting_with_a_surname_is_not_a_name():
    assert names("点票工作将连夜进行，结果预计于明天下午揭晓。") == []


def test_name_ending_in_a_tree_character_after_a_post_word():
    assert names("镇党委书记罗青树出席活动并讲话。") == ["罗青树"]
    assert names("街道主任罗青树出席并讲话") == ["罗青树"]


def test_surname_and_given_name_not_a_transliteration_when_a_lone_character_follows():
    assert names("区委副书记、区长温雅娴，区人大常委会主任") == ["温雅娴"]
    assert names("县长温雅娴主持会议") == ["温雅娴"]


def test_first_name_of_a_list_keeps_its_last_character():
    assert names("会议由余国南、焦振涛主持") == ["余国南", "焦振涛"]


def test_byline_surname_spaced_off_a_two_character_given_name():
    assert names("本报记者 甘 雪雪 摄") == ["甘雪雪"]


def test_span_between_a_post_word_and_punctuation_is_a_name():
    assert names("镇党委书记向东升：抓好基层党建") == ["向东升"]
    assert names("村党支部书记向东林，村委会主任") == ["向东林"]


def test_post_word_after_a_name_is_no_cue_for_the_next_word():
    assert names("牢记张东明总书记殷殷嘱托，奋力前行") == ["张东明"]


def test_name_does_not_take_the_first_character_of_a_longer_word():
    assert "华昱新" not in names("位于开发区的华昱新能源电池项目二期工地上")


def test_dictionary_word_built_on_a_word_is_not_a_name():
    assert names("周末去村里吃农家乐。") == []
    assert names("窗台上摆着一盆万年青。") == []


def test_surname_before_a_folk_form_of_address_is_no_name():
    assert names("独居老人邝大爷端着餐盘说：“饭菜可口。”") == []
    assert names("社区的柴阿姨笑着说，日子越过越好。") == []


def test_part_of_a_short_quoted_phrase_is_not_a_name():
    assert names("全面实施“数联惠畅”行动") == []
    assert names("打造现代版“富春山居图”。") == []


def test_word_after_a_quantity_word_is_not_a_name():
    assert names("这项工作不能有半点马虎。") == []


def test_run_of_one_character_abbreviations_is_not_a_name():
    assert names("推动农文旅深度融合发展。") == []


def test_measure_word_after_a_number_or_demonstrative_is_no_surname():
    assert names("他拿出两张卫星照片。") == []
    assert names("那张小巧的书签夹在书里。") == []


def test_a_verb_of_speech_after_a_date_or_adverb_marks_the_name():
    assert names("工党领袖巴拉克3日在特拉维夫表示，谈判还会继续。") == ["巴拉克"]


def test_transliterated_name_joined_by_a_dash_is_kept_as_printed():
    assert names("瑞典参议员彼得—汉森在发布会上发言。") == ["彼得—汉森"]


def test_jieba_glued_word_after_a_foreign_name_is_cut_off():
    assert names("海狮队外援维贝罗各为球队攻入一球。") == ["维贝罗"]


def test_word_after_a_country_is_a_city_not_a_name():
    assert names("荷兰鹿特丹的研究人员发现了新的基因。") == []


def test_ambiguous_surname_with_a_post_at_the_start_of_a_clause():
    assert names("常教授连忙起身招呼客人。") == ["常"]
    assert names("针对这些问题，金副局长表示将加强管理。") == ["金"]


def test_rarer_transliteration_characters():
    assert names("瑙德是在会上透露这一消息的。") == ["瑙德"]


def test_a_place_in_a_photo_caption_marks_the_name():
    assert names("马达（左）与客人交谈。") == ["马达"]
    assert names("马达与客人交谈。") == []


def test_a_list_of_names_runs_up_to_each_separator():
    assert "童傅" in names("名誉主席赵明远、钱立群、童傅，副主席孙立出席。")


def test_a_word_at_the_start_of_a_clause_that_says_something_is_a_name():
    assert names("会后，马达说：“我们会努力。”") == ["马达"]
    assert names("会后，马达转得很快。") == []
    assert names("他常说，做人要踏实。") == []


def test_members_of_a_list_of_places_ending_in_a_place_word_are_not_persons():
    assert names("来自青石、柯桥、彭溪、梁河等区县的代表参加会议。") == []
    assert names("记者深入城口、奉节、彭水、梁平、秀山等区县采访。") == []


def test_what_is_named_after_a_person_is_not_a_person():
    assert names("在白沙区卢明远纪念馆，志愿者为游客讲解。") == []
    assert names("两地合力推进荣川快速通道建设。") == []


def test_a_district_in_brackets_after_its_city_is_not_a_person():
    assert names("国家级重庆（荣川）生猪大数据中心投用。") == []
    assert names("王国维（静安）的文章。").count("王国维") == 1


def test_a_quoted_word_naming_a_campaign_is_not_a_person():
    assert names("“夏安”行动进行时，区公安分局破获一起诈骗案。") == []


def test_a_noun_and_its_measure_word_are_not_a_name():
    assert names("如今事情被搬到楼栋里商量着办。") == []


def test_a_quoted_list_of_short_phrases_is_no_name():
    assert names("村里的口号是“田成方、渠相通、路相连”，种地省心多了。") == []


def test_foreign_name_joined_by_a_dot_keeps_all_its_parts():
    assert names("秘鲁旅游部长伊丽莎白·加尔多在会上说。") == ["伊丽莎白·加尔多"]
    assert names("镇长路易斯·阿尔贝托·萨拉萨尔告诉记者，港口很忙。") == ["路易斯·阿尔贝托·萨拉萨尔"]


def test_places_on_a_route_and_before_a_port_are_not_persons():
    assert names("修建贝尔格莱德至诺维萨德的铁路。") == []
    assert names("钱川港运营经理卡洛斯·门多萨说，吞吐量翻了一番。") == ["卡洛斯·门多萨"]


def test_a_short_form_of_a_name_already_given_is_the_same_person():
    from articles.parsing.persons import find_persons
    text = "乡村医生钟启明每天出诊。村民说，要不是钟医生，我早就没命了。伊万娜·米洛舍维奇表示欢迎。米洛舍维奇说，合作前景广阔。"
    assert [p.name for p in find_persons(text)] == ["钟启明", "伊万娜·米洛舍维奇"]
    assert [p.name for p in find_persons("市民柯女士说，钱包找回来了。")] == []  # a bare surname is no full name


def test_a_foreign_name_of_a_company_or_an_index_is_not_a_person():
    assert names("他说，柯洛斯·维恩公司是著名的医药公司。") == []
    assert names("道—格林指数昨天上涨了一百点。") == []


def test_the_second_half_of_a_set_phrase_in_a_series_is_no_name():
    assert names("要坚持分类指导、精准施策，推动发展。") == []
    assert names("要精准施策、靶向发力。") == []
    assert names("出席的有朋友王五、李四。") == ["王五", "李四"]


def test_a_disease_named_after_a_person_is_no_person():
    assert names("她患有轻度阿尔茨海默病。") == []
