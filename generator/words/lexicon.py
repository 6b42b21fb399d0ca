"""The words the reader knows: labels, role verbs, deadline cues and positional rules of Chinese plans.

One place for the vocabulary that the annotation, outline and deadline readers
build their patterns from, so that a word learnt once (a new label such as
主要参与部门, a new manner adverb before a verb such as 结合实际) is known to
every reader, the table reader of the source stage too (its header words included). Only words live here, some as
the patterns they are matched by; how they combine is the readers' job.
"""
from __future__ import annotations

import re

# ---- labels: a role word + a head noun, with an optional modifier (主要责任单位, 牵头责任部门, 其他配合单位) ----

# role word -> role. A label is any of these followed by LABEL_HEADS; the order of roles decides
# nothing (each role word belongs to one role), the order inside a tuple is longest first.
LABEL_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    # 第一责任单位: the body answering first (若干措施 write `第一责任单位为牵头单位`), beside the 直接责任单位 doing the work
    # (牵头协调单位: the body that leads and coordinates the others)
    # 组长单位 / 成员单位: an event's or a campaign's working group (综合组, 宣传组, 安保组) names the body heading it and
    # its member bodies under its duties (主要职责：…): the head leads the group's work, the members support it
    # 发起部门 / 发起单位: a joint inspection plan (部门联合双随机抽查计划) names the department that starts each
    # inspection and runs it beside the 配合部门 taking part: it leads
    "lead": ("牵头协调", "牵头", "主责", "主办", "第一责任", "组长", "发起"),
    # 参加单位: national 分工 lists; 指导单位 / 督导单位: the body guiding those that carry the task out (as the verb)
    # 协责单位: beside a 主责单位, as 协办 beside 主办; 督办 / 督查 / 监管单位: the body overseeing those that carry the
    # task out supports them, as 督导 and the verbs 督促 / 督导 / 监督 do (监督单位 / 监督科室: a 纪检 group or a
    # 督导室 set over a task beside its 责任科室, as 监管单位 is); 会办单位: the units sending the 主办单位
    # their views on a deputy's proposal (建议 / 提案 办理分工);
    # 联办部门 / 联动部门: a 高效办成一件事 list names the departments handling the one thing jointly beside its 牵头部门
    # 发榜单位 / 发榜部门: a 揭榜挂帅 list names the body that set each challenge, which guides, backs and accepts the
    # work of the body taking it up (揭榜单位负责组织实施; 发榜单位负责业务指导、政策支持和成效验收): it supports, as
    # 指导单位 / 督导单位 do
    # 副组长单位: a working or inspection group's deputy head body, set beside its 组长单位 (or under a 组长 who is a
    # person) and over its 成员单位: it seconds the head, which alone leads the group's work, so it supports as the
    # members do (a group has one lead, as a task has one 牵头单位 beside its 配合单位)
    "support": ("协同", "配合", "协办", "协作", "协助", "参与", "参加", "指导", "督导", "协责", "督办", "督查", "监管", "监督", "会办",
                "成员", "联办", "联动", "发榜", "副组长"),
    "implement": ("落实", "实施"),
    # 承担单位 / 承担部门: 民生实事 lists name who does the work so; 包联单位 / 包保单位 / 包抓单位: a 包联 sheet names the
    # body assigned to a project beside its leader (包联领导, a person): it answers for the project; 兑现单位: a 若干政策措施
    # names under each measure the body paying out or granting it (政策兑现); 起草单位 / 起草部门: a legislative plan
    # (立法工作计划, 规章制定计划) names under each bill the body drafting it, which answers for the draft
    # 汇报单位: a supervision plan's label of the department making the report (as the verb 汇报 after a body)
    # 分办：A、B / 分办单位: a proposal split among units (建议 / 提案 分办), each answering for its own part of it
    # (帮扶单位 / 派出单位 are no labels here: a 驻村 list names the village's helping department so in its sentences,
    # 帮扶单位配合, a body by reference; as a table's column they name the departments, TABLE_HEADER_KINDS)
    # 揭榜单位 / 揭榜主体: a 揭榜挂帅 list names the body taking up each challenge, which carries it out and answers for
    # it; only with its head (揭榜挂帅, the name of the method, labels nothing; the role word needs a LABEL_HEADS word)
    "responsible": ("责任", "负责", "承办", "承担", "包联", "包保", "包抓", "兑现", "起草", "汇报", "分办", "揭榜"),
}
# The kinds of place that have a body of their own, a 村委会 or a 居委会 (社区, 村, 村居: the villages and communities
# together, 村组: a village's groups): a plan naming one under a role word means its committee, as 责任乡镇 means the
# town's government. One list for the three places that read them: the label heads (LOCALITY_LABEL_HEADS), a table's
# locality unit columns (TABLE_LOCALITY_UNIT_HEADS) and its grouping columns (TABLE_PLACE_HEADS) all take their words
# from it, so they cannot drift apart (tests/test_tables.py reads a table column and a label of them).
# Not 小区 / 片区: a housing compound and an area have no body; a column of them (实施小区, 责任片区) lists where the
# work is done
LOCALITY_BODY_PLACES = ("社区", "村", "村居", "村组")
# the committees themselves, named as a column's or a label's head (责任居委会 | 责任村（居）委会 | 责任村民小组)
LOCALITY_COMMITTEES = ("居委会", "村委会", "村（居）委会", "村(居)委会", "居民委员会", "村民委员会", "村民小组")
# the locality places a label names after its role word (责任社区：X; 责任村（社区）：…); 村居 / 村组 are left out of the
# labels (落实村组织… / 责任村居民…: the words run on into others in running text), kept for table columns only
LOCALITY_LABEL_HEADS = ("村（社区）", "村(社区)") + tuple(p for p in LOCALITY_BODY_PLACES if p in ("社区", "村"))
# a label's heads that never open a body's name, so a label whose colon was lost still reads as one when a unit's name
# follows it (（责任单位县公安局）: a justified PDF line drops a full-width colon at its end, copied text loses it):
# 单位 / 部门 only, not the one-character heads (科 / 股 / 处 / 室), which may stand in a name after a role word
LOST_COLON_LABEL_HEADS = ("单位", "部门")
# a copula written where the colon was (（责任单位是县财政局） / （牵头单位为县甲局）): part of the label, no word of the unit
LOST_COLON_LABEL_COPULAS = ("是", "为")
# what the role word qualifies: 单位, 部门, and 责任单位 / 责任部门 after another role word (牵头责任单位)
# (科室 / 股室 / 主体: offices inside a department and town plans name their sections: 责任科室, 牵头股室, 实施主体)
# (司局: a ministry's own plans name its departments: 牵头司局 / 参与司局 / 责任司局; 部门（单位）: either kind of body)
# (部室 / 室（部） / 室: a party body's own plan names its offices and departments: 牵头室, 配合室, 责任部室, 责任室（部）)
LABEL_HEADS = ("责任单位", "责任部门", "责任处室", "责任科室", "责任股室", "责任司局", "部门（单位）", "部门(单位)",
               "单位（部门）", "单位(部门)", "单位", "部门", "处室", "科室", "股室", "司局", "主体",
               "部室", "室（部）", "室(部)", "部（室）", "部(室)", "室",
               # a town's offices and stations (责任站所, 牵头办所; 站办所: its 站、办、所 together, 责任站办所) and a
               # bureau's sections (责任科, 责任股); a commission's or a department's divisions (牵头处：X, and with the
               # 室 its offices are too, 牵头处（室）：)
               "站所", "站办所", "办所", "科", "股", "处",
               # a campaign's working groups as its units (牵头专班：招商引资专班；配合单位：…), as 攻坚年 / 专项行动 plans
               # run by a 指挥部 and its 工作专班 write them
               "专班",
               # the places where a street's or town's project is carried out, named under their own label beside
               # its 科室 (责任社区：南苑社区、北街社区; 责任村：石桥村; 责任村（社区）：…): LOCALITY_LABEL_HEADS
               *LOCALITY_LABEL_HEADS,
               # the schools doing an education bureau's work, named under their own label beside its 科室
               # (责任科室：X股；责任学校：各中小学校 / 落实学校：县一中、县二中)
               "学校",
               # a police plan's branches (牵头警种：刑侦支队；配合警种：治安支队) and a 国资委's enterprises as the units
               # (责任企业：市X集团有限公司; 牵头企业 / 配合企业)
               "警种", "企业")
# a town's office or station alone as the head (责任办：党政办, 牵头办：经济发展办, 配合站：农技站, 责任站办：…): a
# town's offices are its 办 and its stations its 站, and a town's plan labels them by the one character as it labels
# them together by 站所 / 办所. The bare character is also the start of a word after a role word (实施办法, 牵头办理,
# 负责办好, 落实站位), so these heads label only right before their colon (role_label_pattern); 所 alone is left out
# (落实所需, 负责所属, 配合所在: too many words begin so)
SHORT_LABEL_HEADS = ("站办", "办", "站")
# the administrative divisions whose governments a city's or a county's plan names under a role word for the localities
# that answer for a task beside its departments (责任区：各区政府 / 责任区县：… / 责任街道：… / 落实乡镇：…): as 责任单位 does,
# the role word says the role (责任 responsible, 落实 implement). 区 / 县 / 街道 open many words after a role word
# (责任区域, 负责县域, 落实街道办), so these heads label only right before their colon
DIVISION_LABEL_HEADS = ("区县", "区（县）", "区(县)", "县（市、区）", "县(市、区)", "县（市区）", "县(市区)", "县（区）",
                        "县(区)", "区", "县", "街道", "乡镇（街道）", "乡镇(街道)", "乡镇", "镇（街道）", "镇(街道)", "镇街")
# a bank as the head (牵头行：市X银行；参与行：甲银行X分行 / 主办行 / 协办行): banking plans name the lead bank of a
# lending syndicate (银团贷款) and the banks taking part in it so. 行 alone is the end of many words after a role word
# (落实行动, 参与行业, 负责执行), so it labels only right before its colon, as SHORT_LABEL_HEADS do, and marks a name's
# role in brackets (市X银行（牵头行）) only after a bank's name (BANK_NAME_ENDINGS)
BANK_LABEL_HEADS = ("行",)
# how a bank's name ends (市X农商银行, 工商银行X分行, X支行, 市农商行, X农村信用社, X信用联社)
BANK_NAME_ENDINGS = ("行", "社")
# another head in brackets after the head, naming the same bodies another way: 责任单位（科室）, 责任部门（处室）,
# 责任科（室）, 牵头站（所）
LABEL_HEAD_ALTERNATIVES = ("单位", "部门", "科室", "处室", "股室", "站所", "部室", "室", "所", "部", "科", "股")
# what parts the heads of one bracket naming several other kinds (牵头处（室、单位）：X: a provincial department's offices
# and the bodies under it in one list; 责任科（室、站所）)
LABEL_HEAD_ALTERNATIVE_JOINERS = "、/／"
# what joins two heads of one label, each naming a kind of body the label's list holds: 配合处（室）、单位：X处、委属各单位
# (a commission's own offices and the bodies under it), 责任科室/单位：
LABEL_HEAD_JOINERS = "、/／"
# what OCR of a scanned plan returns for the enumeration comma 、 (丶, the dot stroke, looks the same on a poor scan): between
# two characters of Chinese words it parts names as 、 does (县水利局丶县农业农村局); no body's name holds it
ENUMERATION_COMMA_LOOKALIKES = "丶"
# what follows a numeral and its 丶 where the 丶 parts numerals of a sentence a line broke before, no label's stop: 是
# (一丶是…, an 一是 list), another numeral (三丶四月份, 五丶六个乡镇, 十丶百丶千人才计划) or a measure word (个, 月); the
# look-alike is read as the stop 、 of a heading only before none of them (words.labels "cn")
LOOKALIKE_STOP_NOT_BEFORE = "是个月一二三四五六七八九十百千万亿两〇零"
# what OCR of a scanned plan returns for a dash around a printed page number (— 3 一, 一 3 一): a line of its own that is
# only the page's number between two dashes, one or both of these, is the page number, never a heading (一、 needs its 、)
PAGE_NUMBER_DASH_LOOKALIKES = "一ー"
# what OCR of a scanned plan returns for the numeral 一 of a heading's 一、 (—、指导思想, －、): a dash set straight before
# 、 at a line's start, read as 一、 only where the plan's next top-level label is 二、 (words.labels.dash_read_as_one)
ONE_DASH_LOOKALIKES = "—－─―"
# A table printed over pages marks each later page with a line of its own over the header printed again: 续表 (续表1),
# or the table's (or attachment's) name with 续 in brackets after it (附件1（续）, 表2（续表）). The words of that line:
# what stands before the number (the table's or attachment's word), the word saying the table goes on standing alone
# (续表, 续表1), and the words saying it in brackets after the name (（续）, （续表）).
CONTINUED_TABLE_OWNERS = ("附件", "附表", "表")
CONTINUED_TABLE_WORD = "续表"
CONTINUED_TABLE_BRACKETED = ("续表", "续")
# A newspaper breaks a long article at a page's foot and goes on with it on a later page, marking each end of the
# jump: （下转第4版） / ■下转A4版 where the text stops, （上接第3版） / ■上接A3版 where it goes on. The words saying the
# text goes on elsewhere, the words saying it comes from elsewhere, the page's word (版) and the bullets an e-paper
# sets before a mark in place of its brackets.
NEWSPAPER_JUMP_ON_WORDS = ("下转", "转")
NEWSPAPER_JUMP_FROM_WORDS = ("上接", "接")
NEWSPAPER_PAGE_WORD = "版"
# A government gazette's name ends in its kind (某省人民政府公报, 国务院公报, 某市政报): printed with its issue at every
# page's head (某省人民政府公报 2026年第5期), that line is the page's furniture, never a plan's title or issuer.
GAZETTE_NAME_ENDS = ("公报", "政报")
# Its name opens with its issuer: a place and, often, the place's government or its office (某省人民政府公报,
# 某市政府办公厅公报, 某市政报; the place's kinds are LOCALITY_KINDS), or the State Council. A line naming an issue
# that opens with an item's label or a verb (2.编发政府公报第12期) is a plan's item, not the page's head.
GAZETTE_ISSUER_HEADS = ("人民政府", "政府")
GAZETTE_ISSUER_OFFICE = "办公厅"
GAZETTE_NATIONAL_ISSUERS = ("中华人民共和国国务院", "国务院")
# words only a newspaper's page head holds (某江日报 / 责任编辑：王某 / 要闻), beside a page written bare (A4)
NEWSPAPER_HEAD_WORDS = ("日报", "晚报", "报社", "编辑", "要闻")
NEWSPAPER_JUMP_BULLETS = "■□◆"
# the weekday a newspaper's page head prints after the date (2025年3月5日　星期三)
NEWSPAPER_WEEKDAY_WORD = "星期"
NEWSPAPER_WEEKDAYS = "一二三四五六日天"
# words before the role word that change nothing about the role (主要责任单位, 其他配合单位; 具体责任单位: report
# splits name so the units doing the work beside a 牵头单位)
# 直接责任单位: the bodies doing the work under a 第一责任单位, responsible as 具体责任单位 are
# 县直责任单位 / 属地责任单位: a project sheet splits the bodies answering for a project into the county's departments
# and the towns where the work is (市直 / 区直 / 省直 alike); the scope changes nothing about the role
# 市级责任部门 / 县级责任单位: a plan naming the bodies of each level of government apart (a city list's 市级责任部门
# column beside its 区 columns; 市级牵头单位：X；县级责任单位：各县区政府) — the level changes nothing about the role either
# (the scope words alone, UNIT_SCOPES, also stand inside a table's unit column name: 包联县直单位, TABLE_HEADER_KINDS)
UNIT_SCOPES = ("县直", "市直", "区直", "省直", "镇直", "省级", "市级", "县级", "区级", "乡级", "镇级")
# 共同牵头单位 / 共同责任单位: two or more bodies sharing one role (A、B作为共同牵头单位; A、B为共同责任单位) — each takes
# the role, as a 双牵头 mark says (BRACKETED_ROLE_SHARES)
LABEL_MODIFIERS = ("主要", "其他", "其它", "具体", "直接", "属地", "共同") + UNIT_SCOPES
# the verbs stating a body's role as a label after its name (市X局为牵头单位, 市X局作为责任单位, 市X局是第一责任单位,
# 由市X局担任牵头部门): the units before the verb take the label's role
ROLE_AS_LABEL_VERBS = ("担任", "作为", "为", "是")
# the role stated as a responsibility the body bears (省X厅承担主体责任，省Y局承担监管责任 / 省X厅是第一责任单位，省Y局
# 履行质量监管责任 / 省X局承担牵头责任，省Y厅协同推进 / 省Z部履行协同责任): provincial 意见 divide the duty so. The
# word right before 责任 says the role, as the same word does in a label (牵头 / 第一 lead as 牵头单位 / 第一责任单位;
# 协同 / 配合 support as 协同责任单位); 主体 / 主要 / 直接 responsible as 责任主体 / 主要责任单位 / 直接责任单位, and
# 监管 / 监督 / 指导 responsible too: a body bearing a kind of responsibility for the task answers for it, as the 负X责任
# family reads (负监管责任, VERBS_AFTER_A_NAMED_BODY) and a 责任清单's 监管责任 block does (RESPONSIBILITY_SHARE_ENDS) —
# only a 监管单位 label beside the 责任单位 (a column, a label) makes the overseeing body support. A few words of the
# field it bears the duty for may stand between (履行燃气器具质量监管责任, 承担指导监督责任: the last word speaks).
# 以X为主，Y、Z配合: the body doing the main part of the work, the others backing it: it leads, as 主办 / 主责 do beside
# 配合 (responsible is arguable; the frame is read lead). The frame's opening and closing words around the names
MAIN_PART_FRAME = ("以", "为主")
# the parties a task regulates or sets to work, named by their kind alone or after a collective word (企业, 各生产经营
# 单位, 有关企业, 医疗机构, 项目单位, 施工单位, 学校, 地方): 企业履行主体责任 / 以企业为主 / 有关企业做好应急准备 impose the duty
# on them, they own no task (the bodies answering for it are the government's, 县X局 / 各乡镇). Where a frame gives a
# role to names alone (承担 / 履行…责任, 以X为主, X做好… closing a units' sentence), a name opening with no level word,
# or with a collective word (COLLECTIVE_STARTS, ENTERPRISE_COLLECTIVE_WORDS) before one of these kinds, is none
REGULATED_PARTY_KINDS = ("企业", "生产经营单位", "经营单位", "医疗机构", "医疗卫生机构", "项目单位", "施工单位", "建设单位",
                         "业主单位", "使用单位", "学校", "地方", "市场主体", "经营主体")
BORNE_DUTY_VERBS = ("承担", "履行")
BORNE_DUTY_KINDS: dict[str, str] = {"牵头": "lead", "第一": "lead", "协同": "support", "配合": "support",
                                    "监管": "responsible", "监督": "responsible", "指导": "responsible",
                                    "主体": "responsible", "主要": "responsible", "直接": "responsible"}
BORNE_DUTY_WORD = "责任"
# how many characters of the field the duty is borne for may stand between the verb and the kind (质量, 物业服务收费)
BORNE_DUTY_FIELD_REACH = 10
# roles whose word alone is a label before a colon (牵头:市应急局;配合:市公安局); 落实: / 实施: open sentences too
BARE_LABEL_ROLES = ("lead", "support")
# 责任：X — town and village offices shorten 责任单位 to 责任 before its colon ((责任：镇应急办、镇经发办) / （责任：X，
# 各村（社区）落实） / 责任: X), as often as they write the label whole. The word alone labels only where it stands alone:
# not glued after other words (压实责任：, 主体责任：, 主要责任： open a run-in heading or a sentence, 镇X办责任：), and
# only before a colon (责任人：, 责任领导： name people; 责任为… and 责任——… are a sentence's words)
BARE_RESPONSIBLE_LABEL_WORDS = ("责任",)
# role words of the other roles that, alone before a colon, label units only inside an annotation that has named a
# label or units before them (责任部门:X,落实:Y、Z / 牵头单位:X;负责:Y / X牵头,落实:Y): there they stand where 配合:
# would; at a line's start or in a sentence they open its words (落实：各地要… / 抓好贯彻落实：), so they are no
# label of their own there (parse/annotations/groups.py)
BARE_LABELS_AFTER_A_LABEL = {"落实": "implement", "实施": "implement", "负责": "responsible", "承办": "responsible"}
# whole labels that are not role word + head; 部门分工 / 单位分工 head a clause that names the units and their
# verbs (部门分工:省发展改革委牵头,各地、各部门配合), as provincial 分工方案 write it under each target
# (责任主体单位: 民生实事 lists write the 责任主体 whole, with its head)
# 分办：A、B / 分别办理：A、B: a proposal split among units (建议 / 提案 分办意见), each answering for its own part
LABELS_RESPONSIBLE_WHOLE = ("责任主体单位", "责任主体", "责任分工", "任务分工", "部门分工", "单位分工", "职责分工", "分工",
                            "分办", "分别办理")
# 任务分工：责任科室：X；配合科室：Y；落实单位：Z / 分工：牵头单位：X: a plan writing the division of work under each item
# may open the line with the word for it, as a label of its own, and then give the role labels; the outer word only
# announces the fields (a heading's word, no role), the inner label names the role of the units after it
# (annotations.patterns._LABEL drops the outer word where a unit label follows its colon)
LABELS_OVER_ROLE_LABELS = ("任务分工", "责任分工", "职责分工", "工作分工", "部门分工", "单位分工", "分工")
# A notice adjusting a plan's tasks lists in a part of its own the tasks it withdraws (三、取消任务 / 删除事项 /
# 不再列入的项目), each with the units that held it (原牵头单位：X / （X牵头），予以取消): withdrawn, they are no one's
# duty, the part's text (parse.not_tasks._set_aside_withdrawn_items). The part's title is the word of withdrawal, the
# kind of item after it (maybe 的 between), maybe a count in brackets after (（共4项）)
WITHDRAWN_PART_WORDS = ("取消", "删除", "撤销", "不再实施", "不再列入", "停止实施", "退出")
# only in a notice titled as adjusting the tasks (关于调整…分工的通知, …任务变更): a plan of its own may title a part
# 取消事项 / 取消项目 and list there the work of cancelling (1.取消建筑企业资质审批中的社保证明。（责任单位：市住建局）)
ADJUSTMENT_TITLE_WORDS = ("调整", "变更")
WITHDRAWN_PART_KINDS = ("重点任务", "任务", "事项", "项目", "工作", "措施", "指标")
# ---- a notice adjusting a plan's division of work (关于调整…任务分工的通知) states how an item's units change, not a
# label list: 牵头单位由X调整为Y / 配合单位由A、B调整为B / 配合单位中的“X”统一调整为“Y” / 牵头单位调整为Y / 配合单位增加Z /
# 牵头单位X不变 / X改为配合单位 / X不再作为牵头单位，改为配合单位. A unit holds the item as it stands after the change:
# the names after the verb of change take the label's role, those after 由 / 中的 (the units it had) none
# (annotations.finders.ChangedUnits) ----
# the verbs of change before the names the item now has (调整为 Y); the same after a list's names (X改为配合单位)
UNITS_CHANGED_TO = ("调整为", "变更为", "更改为", "修改为", "改为", "更换为")
# 统一调整为: the change made alike in each item named
UNITS_CHANGED_ALIKE = ("统一",)
# the words before the names the item had, dropped (牵头单位由X调整为Y, 配合单位中的“X”调整为“Y”)
UNITS_CHANGED_FROM = ("由", "中的")
# the verbs adding names to a label's list (配合单位增加Z): the names added take the label's role
UNITS_ADDED = ("增加", "增补", "新增", "增列", "增设")
# 配合单位增加两家 / 增加3个单位 / 增加若干部门: a count of bodies where the added names should stand; the list grew but
# its bodies were left unnamed, which the reader says. Words after 增加 that neither name a body nor count bodies
# (责任单位增加普惠贷款投放: the units are to do more of their work) change no list: no units and nothing to say. The
# numerals (digits too), maybe 余 / 多 after them, then a measure word or the kind of body
UNITS_COUNT_NUMERALS = ("若干", "几", "一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百")
UNITS_COUNT_MEASURES = ("家", "个", "所", "名", "类", "批", "单位", "部门", "机构")
# the word saying a named unit keeps its role (牵头单位X不变 / 牵头单位X保持不变)
UNITS_UNCHANGED = ("保持不变", "不变")
# the words saying a unit leaves a role before the one it takes (X不再作为牵头单位，改为配合单位)
UNITS_NO_LONGER = ("不再作为", "不再担任", "不再是")
# 第41项与第42项合并为“推进…整改”，牵头单位为X，配合单位为Y / 将第18项拆分为“…”，责任单位：X: a notice adjusting a
# plan's items merges, splits or rewords one in its heading sentence, quoting the item as it stands after the change, and
# names its units in labelled clauses after the comma closing the quote (annotations.finders.LabelledRun): the verbs
# of such a change of the item's wording
ITEM_CHANGED_TO = ("合并为", "整合为", "拆分为", "分解为", "调整为", "变更为", "修改为", "更名为", "更改为")
# 调整为：牵头单位：X；配合单位：Y / 调整后牵头单位：X: the words announcing the labels as they stand after the change,
# set before the first label (its colon no label's); the labels after them are read as written
UNITS_AFTER_CHANGE_OPENINGS = ("调整为", "调整后的", "调整后", "变更为", "变更后的", "变更后")
# labels naming the *kind* of body, not a role: a department's or a bureau's own plan closes a task with labels for its
# offices (责任处室：X，配合处室：Y) and then one for the bodies under it that take the task on (厅属单位：省X中心 /
# 直属单位：省X局、厅属各单位 / 局属单位 / 委属单位). The label carries no role word, so its list is a clause with no verb
# of its own: responsible, as the table of roles reads such a clause (docs-dev/reading.md "Roles"); the office labels
# beside it keep their own roles. (所属单位 is left out: a roster's column names the body a person belongs to.)
SUBORDINATE_BODY_LABELS = ("厅属单位", "局属单位", "委属单位", "办属单位", "直属单位")
# the same labels narrowed to the bodies the task concerns (责任处室：X；有关直属单位：Y / 相关直属单位：Y), and those bodies
# named by no kind at all after the offices' label (责任处室：X；相关单位：Y): the list is the bodies' share of the task
# beside the issuer's offices, responsible as the kind's label is. Only these words take 有关 / 相关 (有关部门, 相关责任 open
# a sentence's words too), and only standing alone right before a colon, as BARE_RESPONSIBLE_LABEL_WORDS: 县直有关单位,
# 市直相关单位 and 有关单位 in a clause name bodies (县直有关单位配合), no label
CONCERNED_BODY_WORDS = ("有关", "相关")
CONCERNED_BODY_LABELS = tuple(w + label for w in CONCERNED_BODY_WORDS for label in SUBORDINATE_BODY_LABELS + ("单位",))
LABELS_RESPONSIBLE_WHOLE += SUBORDINATE_BODY_LABELS
# what a label of units the reader does not know ends in (联系单位：, 服务单位：, 分管部门：): its units are not read
# as any role, and the reading says so rather than drop them silently
# (试点学校：, 联系学校：: schools under a label the reader does not know, said so too)
UNKNOWN_LABEL_HEADS = ("单位", "部门", "处室", "科室", "股室", "学校")
# how a label naming the offices inside the issuing body ends (牵头股室, 协助科室, 责任处室, 配合部室, 责任站所)
OFFICE_LABEL_LAST_CHARACTERS = "室所"
# how the name of an office inside a bureau, a department or a town ends (办公室, 人事股, 宣传科, 法规处, 机关党委,
# 执法监察大队, 不动产登记中心, 各自然资源所, 综治办, 审批组, 组织部): such offices carry no level word
OFFICE_NAME_ENDINGS = ("室", "股", "科", "处", "所", "站", "队", "中心", "委", "办", "组", "部")
# what may follow an office's name in a list of them: the next name, the clause's end or the bracket's
_AFTER_AN_OFFICE = r"(?:[、，,。；;）)\s]|$)"
# what joins a label to its units: a colon; in plans set as prose also a dash (责任单位——市X局) or 为 before a body's
# name (责任单位为市X局、市Y局。), where 为 is followed by a level word or a collective opening (牵头单位为各区政府).
# A bureau's or a town's own plan names its offices, which carry no level word, after an office label joined by 为
# (牵头股室为办公室，协助股室为法规股、人事股 / （牵头科室为机关党委，协助科室为人事科）): after such a label 为 joins
# too when a short name ending like an office follows (up to 14 characters, then a list mark, a clause's end or
# the bracket's), so 以牵头股室为主 or 牵头科室为第一责任人 join nothing
LABEL_COLON = ("(?:[:：]|——|—(?!—)|为(?=(?:省|市|县|区|镇|乡|州|旗|自治区|自治州|自治县|各|有关|相关|国家|中国|中共))"
               + rf"|(?<=[{OFFICE_LABEL_LAST_CHARACTERS}])为(?=[^\s、，,。；;：:（）()]{{0,14}}?"
               + "(?:" + "|".join(OFFICE_NAME_ENDINGS) + ")" + _AFTER_AN_OFFICE + "))")
# a dash set before a label of units where a sentence could end (…物流集散中心。——责任单位：县X局 / a line
# ——牵头单位：县X局　配合单位：县Y局 under its task's paragraph): county 实施方案 close a task's paragraph so, the dash
# touching the label; it parts the label from the task's words as 。 does (a lookbehind: the dash is not the label's)
DASH_BEFORE_LABEL = r"(?:(?<=[—─])|(?<=--))"
# what older office systems and GBK exports write for the dash —— (U+2014 twice) of a task's units or labels
# (…集散中心。－－责任单位：县X局 / ――牵头单位：X；配合单位：Y / ━━X牵头，Y配合): the horizontal bar ― (U+2015, how
# code page 936 decodes the dash) alone or doubled, and a pair of full-width hyphens － (U+FF0D) or of heavy box strokes
# ━ (U+2501). The text is read with each written as the dash it stands for (source.read.plain_dashes), so every rule
# matching a dash reads them; a single － stays (a phone number's 0791－8625, a range 1－3月), and so does a longer
# run or a pair touching a box-drawing stroke (a table's rule ┣━━╋, read by source/formats/table/box_drawn.py)
DASH_LOOKALIKE_ALWAYS = "\u2015"
# the dots a table of contents leads from its entry to the right margin with (Word's dot tab leader, or typed: ……,
# ．．．．, ····, ......); a 任务清单 typed as a 目录 leads each task's line so to its units, as a 目录 to its page
LEADER_DOTS = "…⋯.·．・"
DASH_LOOKALIKE_PAIRS = "\uff0d\u2501"
# A PDF whose embedded font maps common characters to radical code points gives them so when its text is copied or
# extracted (⼯作⽅案 for 工作方案, 市卫⽣健康委, ⻓宁县): the Kangxi radicals (U+2F00–2FD5) and compatibility ideographs
# fold back by NFKC; these radicals of the supplement block are written as whole simplified characters and have no
# NFKC fold (a partial form such as 讠 or 钅 never stands alone in a text, so it is not here)
# A CJK font draws some pairs of code points, alike but for a stroke's style (戶 / 户, 內 / 内, 稅 / 税), with one
# glyph in its simplified-Chinese style; a PDF embedding a subset of it maps that glyph back to either code point, so
# a simplified plan's text may come out with the other one (保障重点用戶供水 for 用户). In a document that is not in
# traditional script these are folded to the simplified code point (script.shared_glyphs_folded).
SHARED_GLYPH_VARIANTS = {"戶": "户", "內": "内", "兌": "兑", "稅": "税", "悅": "悦", "脫": "脱", "吳": "吴", "呂": "吕"}
RADICAL_SUPPLEMENT_CHARACTERS = {
    "\u2ea0": "民", "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角", "\u2ec9": "贝", "\u2ecb": "车", "\u2ed3": "长",
    "\u2ed4": "门", "\u2ed8": "青", "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞", "\u2edd": "食",
    "\u2ee2": "马", "\u2ee3": "骨", "\u2ee4": "鬼", "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦",
    "\u2ee9": "黄", "\u2eea": "黾", "\u2eec": "齐", "\u2eee": "齿", "\u2ef0": "龙",
}
# what office-system exports and hand-typed plans put after a task's number where the stop ． was meant (１·新建… /
# 2·实施…): the middle dot · (U+00B7, as GBK decodes the dot A1A4) or ・ (U+30FB, as GB2312 decodes it). After a number
# at a line's start it is the number's stop (words/labels.py "arabic"); alone it stays a bullet (· 加强…), and a digit
# after it makes the number a date's or a name's (3·15, 5·12), no label
NUMBER_STOP_MIDDLE_DOTS = "\u00b7\u30fb"
# labels of a deadline inside an annotation (完成时限:6月30日前); a rectification plan (整改方案) closes each problem
# with 整改时限 / 整改期限 under its 责任单位 line, and a proposal's handling sets an 办结时限
# (a 高效办成一件事 list sets each thing's 办理时限 / 承诺时限 beside its 牵头部门 / 配合部门)
DEADLINE_LABELS = ("完成时限", "完成时间", "时间节点", "时限要求", "时间要求", "进度安排", "时限", "整改时限", "整改期限", "办结时限",
                   "办理时限", "承诺时限")
# labels of a task's other fields, set on lines of their own beside the unit labels and naming no unit: what the
# task yields (改革工作要点 list 牵头单位 / 参与单位 / 成果形式 / 完成时限 under each 改革任务; 督办 sheets 预期成果)
FIELD_LABELS = ("成果形式", "成果体现", "成果载体", "预期成果", "改革成果", "工作成果", "完成标志", "成果要求",
                # 若干政策措施 set under each measure, beside its 兑现单位, the number to ask about it (政策咨询电话：
                # 0791-8625…); the number is no unit, and the label ends the units' clause even after one space
                "政策咨询电话", "咨询电话", "联系电话", "咨询热线", "服务热线", "咨询方式", "联系方式",
                # a project sheet's fields under each project (项目名称：X / 建设内容：… / 总投资：… / 年度计划：…)
                "建设内容", "建设规模", "建设性质", "建设年限", "建设周期", "总投资", "年度计划", "年度投资", "计划投资",
                "资金来源")
# labels of a ledger's (台账, 督查清单, 督办件) report on what each row has done so far, on a line of its own under the
# row's 责任单位 / 完成时限 (进展情况：已排查4.3万栋；X、Y按职责配合开展联合执法): the bodies the report names took part in
# what was done, no unit the row assigns
REPORT_FIELD_LABELS = ("进展情况", "工作进展", "推进情况", "进展成效", "完成情况", "落实情况", "督查情况", "督办情况",
                       "进度情况", "工作进度", "推进进度",
                       # a 督查督办 system's record reports so (… | 办理状态：办理中 | 最新进展：已完成招标，X已拨付…)
                       "最新进展", "办理进展")
# a ledger's report says next what each row will do (下步打算：将联合X开展…，Y配合): the bodies it names are those the
# row's units mean to work with, no unit the row assigns, as in the report of what was done
NEXT_STEP_REPORT_LABELS = tuple(step + plan for step in ("下步", "下一步", "下阶段", "下一阶段")
                                for plan in ("打算", "计划", "工作", "工作计划", "工作打算", "措施", "工作措施", "举措",
                                             "安排", "工作安排"))
REPORT_FIELD_LABELS += NEXT_STEP_REPORT_LABELS
FIELD_LABELS += REPORT_FIELD_LABELS
# a ledger's report of what holds a row up (存在问题：…，需由X负责实施…), beside its report of what was done: the body
# the problem waits on is no unit the row assigns. Not a field label of a task (an 整改方案's 存在问题 titles its
# problem, lexicon TABLE_PROBLEM_COLUMN): only the annotation reader skips it (parse.annotations._REPORT_FIELD), and a
# table names it a report column only beside a progress column (source/formats/table/header.py)
PROBLEM_REPORT_LABELS = ("存在问题", "存在的问题", "困难问题", "存在困难", "问题困难", "困难和问题", "问题和困难")
# every label of a ledger's report: what was done, what comes next, what holds the row up
REPORT_LABELS = REPORT_FIELD_LABELS + PROBLEM_REPORT_LABELS
# the period a ledger's report covers, written before its label (本月进展情况：, 1-6月推进情况：, 2025年上半年完成情况：,
# 一季度工作进展：, 截至目前进展情况：): a period's own words only, so a sentence that merely ends in a problem label
# (全面排查存在问题：…, 着力解决存在的问题：…) is the task's own words and no report
_DIGIT = "[0-9０-９]"
_YEAR = rf"(?:{_DIGIT}{{4}}\s*年度?)"
REPORT_PERIOD = (rf"(?:{_YEAR}?(?:[本上当今](?:周|月|季度|年度?|阶段|期)|第?[一二三四1-4１-４]季度|[上下]半年|全年"
                 rf"|{_DIGIT}{{1,2}}\s*(?:月\s*)?[—–\-－~～至到]{{1,2}}\s*{_DIGIT}{{1,2}}\s*月份?|{_DIGIT}{{1,2}}\s*月份?)"
                 rf"|{_YEAR}|截至目前|目前|当前)")
# the matter a ledger's report column may name before its label (整改进展情况, 项目推进情况): the row's own work
REPORT_SUBJECT_WORDS = ("整改", "项目", "任务")
# a rectification plan's (整改方案) fields of each problem besides its units and deadline: 整改目标：…, and 整改措施：
# over the measures 1. 2. (printed before or after the units' lines): the problem's own lines, not closing words
RECTIFICATION_FIELD_LABELS = ("整改目标", "整改措施", "整改举措")
FIELD_LABELS += RECTIFICATION_FIELD_LABELS
# an indicator plan's (指标任务分解, 评估指标清单) field under each indicator's name, on a line of its own before its
# 责任单位 line: the standard it is measured by (1.音乐、美术专用教室配备 / 评估标准：每12个班级… / 责任单位：…); the name
# holds a 、 or runs long, so it is no short heading by its look, and without the label the standard ran into its title
INDICATOR_FIELD_LABELS = ("评估标准", "评价标准", "考核标准", "达标标准", "达标要求")
FIELD_LABELS += INDICATOR_FIELD_LABELS
# a list of 民生实事 or projects gives each item's short name, then what it holds on a line of its own
# (01.新建、改扩建中小学校12所 / 主要内容：新建中小学校7所，…。 / 牵头单位：…): the name holds a 、 and no stop, so
# without the label the content ran into its title up to the first 。
CONTENT_FIELD_LABELS = ("主要内容", "具体内容", "项目内容", "实施内容")
FIELD_LABELS += CONTENT_FIELD_LABELS
# the label of the field that names the task itself on a project sheet or a list of matters (1.项目名称：X / 事项名称：X)
# a 督办清单 / 交办清单 opens each numbered matter so too, with the label of the field naming what is overseen or
# handed down (1.督办事项：推进… / 督办内容： / 督办事项名称： / 交办事项： / 工作任务：): only ever stripped at the
# title's start, after the item's number (工作任务： alone on a line over numbered items stays a heading field); a
# research plan names each topic so (1.课题名称：推进…研究 / 专题名称：…); a 重点改革任务清单 so names each task under its
# card number (改革任务1 / 【改革任务】深化…改革。… / 【牵头单位】…), the label the kind of task the list counts
NAME_FIELD_LABELS = ("项目名称", "工程名称", "事项名称", "任务名称", "实事名称", "改革事项名称",
                     "督办事项名称", "督办事项", "督办内容", "交办事项名称", "交办事项", "交办内容", "工作任务",
                     "课题名称", "专题名称", "议题名称")
# the kind of task a card list counts names the task's field only dressed in 【】 (【改革任务】深化…): written with a
# colon in running items (1.重点项目：全年实施重点项目200个…) it is the item's topic, a word of its title (review L)
CARD_NAME_FIELD_LABELS = ("改革任务", "重点任务", "改革事项", "重点项目")
# the field giving a form's own code (第1号　　编号：2025-Q3-01 / 交办单（第2号） over 编号：…): the form's filing, no
# word of the task, written on the number's line or the line under it, before the field naming the matter
FORM_CODE_LABELS = ("编号", "文号", "单号", "交办号", "督办号")
# the field giving a record's code in a 督查督办 / 台账 system's export (任务编号：DB2025-013 | 任务名称：… | 牵头单位：…):
# each record one line of fields, no printed number; the code's last digits are its place in the system's sequence
RECORD_CODE_LABELS = ("任务编号", "事项编号", "督办编号", "台账编号", "编号")
# labels of the person answering for a task, set beside the unit labels in duty sheets (牵头负责领导:姓名,
# 责任人, 联系人): the line belongs to the task, and what follows names a person, not a unit
# a 包联 sheet names the cadre posted to each project or village under its leader (包联干部：姓名（县X局副局长）,
# 包村干部, 驻村干部): a person too, though the post in the bracket names a body; so are the officers a project or
# an enterprise is served by (服务专员, 驻企专员, 帮办代办员) and its contact (联络人)
PERSON_LABEL_HEADS = ("领导", "负责人", "责任人", "联系人", "联络员", "领导同志", "干部", "专员", "联络人", "代办员",
                      "帮办员", "组长", "副组长")
# of those, the heads that name a person and end no body's name (责任人, not 领导 or 组长, which end 领导小组组长):
# glued bare after a unit's name (责任站所：宣传办责任人：郑某, a town's duty fields run together) they start the
# person's field, as a leader's label with its prefix does (县X局责任领导：)
PERSON_ONLY_LABEL_HEADS = ("负责人", "责任人", "联系人", "联络人", "联络员")


def alternation(words) -> str:
    """A regex branch of `words`, longest first, so 牵头责任单位 is not read as 牵头 + rest."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


# A 承接落实清单 / 贯彻落实清单 quotes, in the column before this level's measures (我市落实举措, 我县贯彻措施), the upper
# level's item it answers: 省方案任务, 国家方案任务, 上级部署, 中央要求, 对应省方案条目. The quoted item, its number and its
# own annotation (省X厅牵头) are the upper level's, a reference: no task and no unit of this plan. A header names that
# column by the upper level, maybe its document, then the kind of item (UPPER_LEVEL_ITEM_HEAD).
UPPER_LEVELS = ("上级", "中央", "国家", "国务院", "省委省政府", "省委", "省政府", "省级", "省")
# the upper level's document named between the level and the item (省《实施方案》任务, 国家规划任务)
UPPER_LEVEL_DOCUMENTS = ("方案", "实施方案", "行动方案", "工作方案", "文件", "规划", "意见", "政策", "通知", "部署")
UPPER_LEVEL_ITEMS = ("任务", "重点任务", "工作任务", "部署", "要求", "部署要求", "条目", "措施", "举措", "内容", "条款",
                     "事项")
# the header itself: 对应 / 承接 before it point at the item this level answers. Without a document word only the
# upper level's own charge words read so (上级部署, 中央要求) or 上级 itself (上级任务): a 省级任务 column of a
# province's own plan stays its task
UPPER_LEVEL_ITEM_HEAD = (
    r"(?:对应|承接|贯彻|落实)?(?:"
    + "(?:" + alternation(UPPER_LEVELS) + r")《?(?:" + alternation(UPPER_LEVEL_DOCUMENTS) + r")》?(?:"
    + alternation(UPPER_LEVEL_ITEMS) + ")"
    + "|(?:" + alternation(UPPER_LEVELS) + ")(?:部署|要求|部署要求)"
    + "|上级(?:" + alternation(UPPER_LEVEL_ITEMS) + "))")


# role words that, before a one-character head, name an office rather than label one (督导室, 指导科, 督查室, 督办科,
# 监管科, 监督科, 监督处: offices of a bureau or a government office; 督导单位, 督查单位, 监督科室 are still labels)
ROLE_WORDS_NAMING_OFFICES = ("指导", "督导", "督查", "督办", "监管", "监督")
# role words that, alone before a colon, name people (组长：市政府副市长 周某某 / 副组长：… / 成员：…): a group's leader,
# its deputy and its members are people; only with a head (组长单位, 副组长单位, 成员单位) do they label bodies
PEOPLE_ROLE_WORDS = ("组长", "副组长", "成员")
# the label each role is written with when the reader writes a cell's roles out itself (a unit cell split into a
# nested table of roles, 主要牵头部门 | 协助单位 over the units, becomes 牵头单位：X；配合单位：Y): the labels every
# reader of a unit cell knows, whatever label of the role the table printed
ROLE_LABEL_WRITTEN = {"lead": "牵头单位", "support": "配合单位", "implement": "落实单位", "responsible": "责任单位"}
# the role words that label bodies alone, with no head, before a colon inside a table's unit cell (牵头：A；配合：B；
# 责任：C): those the prose labels take bare (BARE_LABEL_ROLES' words but the people's, PEOPLE_ROLE_WORDS;
# BARE_RESPONSIBLE_LABEL_WORDS), and 落实 (落实：各乡镇), which opens no sentence inside a unit cell. The other role words
# label only with a head (汇报单位：, 揭榜主体：, 负责科室：); alone they label nothing (汇报：, 兑现：, 揭榜：).
# (table.cells._INNER_LABEL)
CELL_BARE_LABEL_WORDS = tuple(w for role in BARE_LABEL_ROLES for w in LABEL_ROLE_WORDS[role]
                              if w not in PEOPLE_ROLE_WORDS) + BARE_RESPONSIBLE_LABEL_WORDS + ("落实",)


def role_label_pattern(role: str) -> str:
    """Regex (no groups) for every label of one role: (主要)?(牵头|主责…)(责任单位|单位|部门…)."""
    other_kind = f"(?:{alternation(LABEL_HEAD_ALTERNATIVES)})"
    alternative_head = f"(?:[（(]{other_kind}(?:[{LABEL_HEAD_ALTERNATIVE_JOINERS}]{other_kind})*[）)])?"
    # a second head joined to the first, the label naming bodies of both kinds (配合处（室）、单位：X处、委属各单位)
    second_head = f"(?:[{LABEL_HEAD_JOINERS}](?:{alternation(LABEL_HEADS)}){alternative_head})?"
    heads = f"(?:{alternation(LABEL_HEADS)}){alternative_head}{second_head}"
    words = LABEL_ROLE_WORDS[role]
    alternatives = [f"(?:{alternation(w for w in words if w not in ROLE_WORDS_NAMING_OFFICES)}){heads}"]
    office_words = [w for w in words if w in ROLE_WORDS_NAMING_OFFICES]
    if office_words:
        alternatives.append(f"(?:{alternation(office_words)})(?:{alternation(h for h in LABEL_HEADS if len(h) > 1)})"
                            + alternative_head)
    # 责任办：X / 配合站：Y — a short head only before its colon (SHORT_LABEL_HEADS); the role words naming offices
    # are left out (督办 is itself a role word, 督查办 / 指导站 name offices); at the end of the text read, the label
    # alone (as the bare role words)
    short_words = [w for w in words if w not in ROLE_WORDS_NAMING_OFFICES + PEOPLE_ROLE_WORDS]
    alternatives.append(f"(?:{alternation(short_words)})(?:{alternation(SHORT_LABEL_HEADS)})(?=\\s*{LABEL_COLON}|$)")
    # 责任区：X / 落实乡镇：Y — a division as the head, only right before its colon (DIVISION_LABEL_HEADS)
    alternatives.append(f"(?:{alternation(short_words)})(?:{alternation(DIVISION_LABEL_HEADS)})(?=\\s*[:：])")
    # 牵头行：X / 参与行：Y — a bank as the head, only right before its colon (BANK_LABEL_HEADS)
    alternatives.append(f"(?:{alternation(short_words)})(?:{alternation(BANK_LABEL_HEADS)})(?=\\s*[:：])")
    if role in BARE_LABEL_ROLES:  # 牵头:X;配合:Y — the role word alone before its colon
        bare = [w for w in LABEL_ROLE_WORDS[role] if w not in PEOPLE_ROLE_WORDS]
        alternatives.append(f"(?:{alternation(bare)})(?=\\s*{LABEL_COLON}|$)")
    if role == "responsible":
        alternatives.insert(0, alternation(LABELS_RESPONSIBLE_WHOLE))
        # 责任：X — the word alone, no Han letter before it, right before its colon (BARE_RESPONSIBLE_LABEL_WORDS)
        alternatives.append(f"(?<![\u4e00-\u9fff])(?:{alternation(BARE_RESPONSIBLE_LABEL_WORDS)})(?=\\s*[:：]|$)")
        # 有关直属单位：X / 相关单位：X — alone, right before its colon (CONCERNED_BODY_LABELS)
        alternatives.append(f"(?<![\u4e00-\u9fff])(?:{alternation(CONCERNED_BODY_LABELS)})(?=\\s*[:：])")
    return "|".join(alternatives)


LABEL_ROLES: list[tuple[str, str]] = [(role_label_pattern(role), role) for role in LABEL_ROLE_WORDS]
LABEL_ROLES.append((alternation(DEADLINE_LABELS), "deadline"))
LABEL_MODIFIER = f"(?:{alternation(LABEL_MODIFIERS)})?"
# the level of government a label or a post may open with (县级责任单位： / 市委书记), one character
GOVERNMENT_LEVEL_CHARS = "省市县区州乡镇"
# every unit label, any role (for a line that starts with one: 牵头单位: …)
UNIT_LABEL = "|".join(f"(?:{p})" for p, role in LABEL_ROLES if role != "deadline")
DEADLINE_LABEL = alternation(DEADLINE_LABELS)
FIELD_LABEL = alternation(FIELD_LABELS)
# ---- team documents (飞书, 语雀, 钉钉文档, wiki task lists) exported to Markdown: each item names its owners as
# mentions at its end (- [ ] 1. 推行… @区甲局 @区乙局 📅 2025-06-30), a mention maybe written as a link
# ([@区甲局](https://…)), and its due date after a calendar symbol. source/plain_words.py reads them as the bracket
# of units and the deadline label a plan writes ----
MENTION_MARK = "@"
DEADLINE_SYMBOLS = ("📅", "🗓", "📆")
# the deadline label a calendar symbol stands for
DEADLINE_SYMBOL_LABEL = "完成时限"
# what may close a run of mentions (@区甲局 @区乙局 等): the list goes on, as 等 closes a written list
MENTION_RUN_ENDS = ("等",)
# a toggle's summary (<details><summary>6. 加强…（点击展开具体措施）</summary>) ends with a hint to the reader of the page
# in brackets, no word of the title: the words the hint opens with (source/read.py _toggles_opened)
TOGGLE_HINTS = ("点击展开", "点击查看", "展开查看", "展开详情", "展开")
# a page-foot note's opening words that qualify the figure or the words its mark follows (含…, 其中…, 包括…), not name
# the task's units, whatever verb its sentence ends with (source/read.py _NOTE_REMARK)
NOTE_REMARK_OPENINGS = ("含", "其中", "包括", "不含", "不包括", "主要包括", "即", "如", "例如", "注")
# …but a note opening 其中 and a comma, then a clause handing a part of the task to a unit with 由 (其中，适老化改造部分由
# 市丙局牵头，市丁局配合。), splits the task among units: the part's units are the task's (source/formats/docx.py)
NOTE_PART_OPENINGS = ("其中",)
NOTE_PART_HANDED = "由"
# …名单报 @县应急管理局 / …同步推送 @县融媒体中心: a mention after a verb of sending names whom the item's words go
# to, not who does the item
MENTION_RECIPIENT_VERBS = ("报", "报送", "上报", "推送", "抄送", "发送", "送", "提交", "交", "转", "转交", "给", "至", "到",
                           "告知", "通知", "提醒", "联系", "咨询", "对接")
# the words naming an action of a 行动方案 on a line of its own over its numbered measures, before the action's number
# (行动一　…, 专项行动二：…, 任务三　…行动, 行动1：…): see parse/lines.py ACTION_HEADING; a 问题清单 heads its measures
# so by problem (问题一：居住区停车难 over 1. 2., parse/items._unlabel_counted_heads_over_items), a 督办 list by
# matter (事项二：…), a research plan its topics (课题一：… over 1. 2.), as COUNTED_ITEM_WORDS may
ACTION_HEADING_WORDS = ("专项行动", "行动", "任务", "问题", "事项", "课题", "专题", "议题", "项目")
# the words a list numbers each of its items under, the word, the number and a colon before the item's title (课题1：…研究
# / 课题一：… / 任务2：… / 项目3：…), its field lines under it (牵头单位：… / 参与单位：… / 完成时间：…): the item is a task
# as 1.… would be (words/labels.py, the arabic style); where bare numbered measures follow it (1. 2.), it heads them
# as an action's heading does instead (parse/items._unlabel_counted_heads_over_items)
COUNTED_ITEM_WORDS = ("问题", "课题", "专题", "议题", "任务", "项目")
# the word a 任务清单 set as cards (a 公众号 post, a 小程序 or H5 page copied to text) heads each card with, its number
# after it, alone on its line over the card's field lines (任务 1 / 具体内容：… / 牵头：… / 配合：…): the item's number,
# as 1. would be (parse/cards.py); a research plan so numbers its topics (课题 1 / 推进…研究 / 牵头单位：…)
CARD_NUMBER_WORDS = ("任务", "事项", "课题", "专题", "议题", "项目")
# the kind of work such a heading names last, where no space parts its number from its name (任务五实施待遇提升行动):
# only then is the line a heading and not a sentence opening with the word (任务十分艰巨)
ACTION_KINDS = ("行动", "工程", "计划")
# labels of a heading's own fields, on lines between the heading and its numbered measures beside the units' line:
# an indicator plan (优化营商环境指标提升方案) sets under each 评价指标 its 指标长, 提升目标 and 具体措施：, then
# the measures; the units' line still covers the measures
HEADING_FIELD_LABELS = ("提升目标", "工作目标", "目标任务", "主要目标", "目标要求", "具体措施", "主要措施", "工作措施",
                        "提升措施", "推进措施", "重点举措", "具体举措", "主要举措", "指标长")
# the label a heading's measures are set under (主要任务： / 整改措施：), which a plan may run in before the first of
# them on its line (主要任务：1.开展…), where others give it a line of its own: the measure is an item of its own
# (parse/items._split_run_in_measure_labels); never a label of targets (工作目标：1.… lists targets, no tasks)
MEASURE_LIST_LABELS = ("主要任务", "重点任务", "具体任务", "工作任务", "整改任务", "整改措施", "具体措施", "主要措施", "工作措施",
                       "推进措施", "重点举措", "具体举措", "主要举措")
# the label opening a working group's duties (or an inspection group's scope) on a line of its own, between the group's
# units and its numbered items
# (（一）医疗救治组 / 牵头单位：X / 成员单位：Y / 主要职责： / 1.… 2.…): a field of the group's heading, so its units still
# cover the duties
DUTY_FIELD_LABELS = ("主要职责", "工作职责", "具体职责", "岗位职责", "职责任务", "职责",
                     # an inspection group's fields over its numbered items (第一检查组 / 组长：… / 成员单位：… /
                     # 检查范围：… / 检查重点： / 1.… 2.…)
                     "检查范围", "检查重点", "检查内容", "督查范围", "督查重点", "督查内容",
                     # a working group's (专班's) tasks over its numbered items (（一）X招商专班 / 牵头县领导：… /
                     # 牵头单位：X / 成员单位：Y / 主要任务： / 1.… 2.…): the heading's units cover the tasks
                     "主要任务", "工作任务", "重点任务", "任务清单",
                     # a leader's or a post's block of a 一岗双责 责任清单 (（一）副县长　某某 / 分管领域：… / 责任单位：… /
                     # 1.… 2.…): the portfolio and the duty list's label are the block's fields, not its units (a
                     # portfolio's 联系X、Y names the offices the leader keeps in touch with, not the duties' units),
                     # so the units' line still covers the duties
                     "分管领域", "分管工作", "分管范围", "责任事项", "职责事项", "责任内容")
# how the name of a working or inspection group ends (第一检查组, 综合协调组, 督导组, 甲产业招商专班): a heading holding
# only such a name, maybe with its field in brackets (第一检查组（能源水利组）), and under it only its leader's and its
# units' lines (组长：… / 牵头单位：… / 成员单位：…) sets out the group's make-up, not a task (generator.parse.not_tasks)
WORKING_GROUP_NAME_ENDINGS = ("组", "专班")
# a 预案's or 方案's command body, set out under a heading of its name (（一）县森林防灭火指挥部) with the posts leading it
# (总指挥：… / 副指挥长：…, people) and its 成员单位：… (generator.parse.not_tasks): who it is, no task
COMMAND_BODY_NAME_ENDINGS = ("指挥部",)
COMMAND_POST_LABELS = ("总指挥", "副总指挥", "指挥长", "副指挥长")
# the same make-up written as sentences (指挥长由分管副县长担任，副指挥长由X局局长、Y局局长担任。 / 成员由县甲局、县乙局
# 组成。): the word before who fills a post or who the members are, the verbs closing the post's sentence, the members'
# subject and the verb closing theirs
COMMAND_MAKEUP_FILLED_BY = "由"
COMMAND_POST_FILL_VERBS = ("担任", "兼任")
COMMAND_MEMBERS_SUBJECTS = ("成员单位", "成员")
COMMAND_MEMBERS_VERBS = ("组成",)
# a sentence about the body itself beside its make-up: setting it up (县政府设立县X指挥部（以下简称县指挥部）), seating its
# office (办公室设在县甲局), its sub-bodies (下设…), its standing (为县政府议事协调机构), or its remit (县指挥部负责统一
# 领导…工作). Only such sentences leave the item the body's make-up (generator.parse.not_tasks._command_makeup).
COMMAND_SETUP_WORDS = ("设立", "成立", "组建", "设在", "下设", "议事协调机构")
COMMAND_REMIT_VERBS = ("负责",)
# what makes a sentence naming the body its own work, no longer who it is: a date or frequency (县指挥部每年组织…演练 /
# 于每年9月底前完成…), a modal 要 (办公室要加强值班值守), or the body (or its office) going on to 实行/开展/组织 something
# (指挥部实行月调度制度). The words holding a 要 that is no modal (主要负责同志, 重要, 需要) are taken out first.
COMMAND_WORK_SCHEDULE_WORDS = ("每年", "每半年", "每季度", "每月", "每周", "每日", "每天", "定期")
COMMAND_WORK_MODAL = "要"
COMMAND_WORK_NOT_MODAL = ("主要", "重要", "需要", "要求", "必要", "紧要", "要素", "要点", "要件")
COMMAND_WORK_VERBS = ("实行", "开展", "组织")
COMMAND_OFFICE_WORDS = ("办公室",)
# a heading naming background, no work (（二）存在问题 / 编制说明 / 上年工作回顾 / 工作进展 / 基本情况): the paragraph under it
# states facts or looks back, even when it names units (县甲局监管力量薄弱 / 县甲局负责指导), and assigns no work
# (generator.parse.levels._units_do_its_work)
BACKGROUND_HEADING_WORDS = ("存在问题", "存在的问题", "编制说明", "工作回顾", "工作进展", "基本情况", "工作成效")
# the words of a paragraph written looking back (经县政府同意，县甲局牵头制定了本方案 / 今年以来，各乡镇配合县甲局完成…
# / 上年度，县乙局获评…): what was done, no unit's work to do; the words holding a 了 that is no completion are taken
# out first (了解, 为了)
PAST_WORDS = ("了", "已", "以来", "上年度", "去年", "近年来", "累计")
NOT_PAST_WORDS = ("了解", "为了", "除了", "明了", "了结")
# 经…同意 / 经…批准: a step already taken before the paragraph speaks
PAST_CONSENT_OPEN = "经"
PAST_CONSENT_CLOSE = ("同意", "批准")
# what a later heading naming a group says of it right after its name, run in on the same line (（五）第五检查组负责对…
# 开展检查。): the group's remit, the heading still naming the group (generator.parse.group_units)
GROUP_REMIT_OPENERS = ("负责",)
# an item that is one of those fields, numbered under the heading it belongs to: 一、开办企业 / （一）提升目标。… /
# （二）主要措施。… / （三）责任分工。牵头单位：X (the indicator is the task, its numbered fields its parts)
HEADING_FIELD_ITEMS = HEADING_FIELD_LABELS + ("责任分工", "任务分工", "职责分工", "责任单位", "责任部门", "牵头单位",
                                              "配合单位", "完成时限", "时间安排", "进度安排", "现状分析", "存在问题",
                                              "基本情况", "指标现状", "对标差距")

# ---- verbs that give the units listed before them a role ----

# verb -> role, as written at the end of a list of units (X牵头, A、B配合, 各地落实)
VERB_ROLES: dict[str, str] = {
    "负责落实": "implement", "抓好落实": "implement", "组织落实": "implement", "牵头落实": "lead",
    "抓落实": "implement", "推动落实": "implement",
    # 协同推进: the supporting bodies' verb, 协同 and the work verb after it, written between the lead's clause and the
    # implementers' (X负总责，Y、Z协同推进，W具体承办): support, as 配合落实
    "协同推进": "support",
    "配合落实": "support", "牵头负责": "lead", "牵头抓总": "lead", "抓统抓总抓协调": "lead", "抓总": "lead",
    "负总责": "lead", "牵头": "lead", "负责": "responsible", "配合": "support", "协同": "support",
    "协助": "support", "参与": "support", "参加": "support", "联合": "support", "协作": "support", "落实": "implement", "实施": "implement",
    "组织实施": "implement", "统筹": "lead", "主办": "lead", "承办": "responsible", "协办": "support",
    # a proposal's handling (建议 / 提案 办理分工): 由X主办，Y会办; X、Y分别办理 (each answers the proposal for its part)
    "会办": "support", "办理": "responsible",
    # (各设区市人民政府负责,省X厅指导): the department that guides the units carrying the task out supports them
    "指导": "support",
    # each body answering for its own part (A、B各负其责 / A、B齐抓共管): responsible, as 按职责分工负责
    "各负其责": "responsible", "齐抓共管": "responsible",
    # two bodies leading together, the sharing written before the verb (A、B双牵头 / A、B并列牵头, as 共同牵头 with
    # the adverb): each leads; 双 / 并列 are no letters of the last name (before: 护理部双)
    "双牵头": "lead", "并列牵头": "lead",
    # the chief lead written with 总 before the verb (X总牵头，Y参与 / X总牵头、Y具体实施), as 牵头抓总 / 负总责 say
    # it after: 总 is no letter of the last name (before: 市水利局总, and the whole sentence read no unit)
    "总牵头": "lead",
    # a higher level's plan asking the level below to follow the same task where it applies (…；各市州X局参照执行 /
    # 各县区参照落实): the lower level's own duty of carrying it out, a softer 落实 but the same role
    "参照执行": "implement", "参照落实": "implement", "参照实施": "implement",
}
# verbs that give a role only after a body's name (省X厅组织，各市实施 / 市督查室督促，各县落实): after other words they
# end a name or a task's wording (基层党组织, 社会组织, 加强督促). 组织: the body that organises the work leads;
# 督促: the body that urges the others on supports them, as one that guides does
# (督导 / 监督 as 督促: 省X厅监督指导，各地落实; 各党支部负责，机关党委督导: a party body's or a bureau's own plan
# names the office that oversees the units carrying a task out; 主责: the body that answers first, as the label 主责单位 says)
# 支持: a plan of a service's own (卫健 / 医疗 行动方案) names after the bodies carrying a task out the ones that fund
# or back it (县疾控中心负责，县发展改革局、县财政局支持): they support; after no name it is a task's word (支持企业…)
VERBS_AFTER_A_NAME: dict[str, str] = {"组织": "lead", "督促": "support", "督导": "support", "监督": "support",
                                      "主责": "lead", "支持": "support",
                                      # 监管 as 监督 (a hospital's or a bureau's own plan: 输血科负责，医务部监管): the
                                      # office overseeing the one that does the work supports it; inside a name
                                      # (县市场监管局) or after no body's name (加强行业监管) it is no verb
                                      "监管": "support",
                                      # a legislative plan names after each bill the body drafting it (《X条例》（市X局
                                      # 起草）/ 市X局组织起草): it answers for the draft; after no name 起草 is the
                                      # task's word (起草实施细则)
                                      "起草": "responsible", "组织起草": "responsible", "负责起草": "responsible",
                                      # (配合起草 / 协助起草 / 参与起草: the bodies helping the drafting one with
                                      # their part of the draft support it, as 配合落实 does)
                                      "配合起草": "support", "协助起草": "support", "参与起草": "support",
                                      # a legislative plan's bill bracket names who submits the bill and who
                                      # reviews it beside the committee handling it (（市人民政府提请，X工委承办，
                                      # 法制委员会统一审议）): the submitting body and the reviewing committee each
                                      # answer for their stage; after no name 提请审议 is the task's words
                                      # (before a name 提请 is a request, REQUEST_VERBS). Bare 审议 is none: a
                                      # clause of the schedule ends so (12月提请常委会会议初次审议)
                                      "提请": "responsible", "统一审议": "responsible",
                                      # 承担: the body that takes the work on (市X局承担，Y指导) answers for it, as the
                                      # label 承担单位 says; 介入: a body stepping in early (市司法局提前介入) to help
                                      # the drafting one supports it; after no name both are the task's words
                                      "承担": "responsible", "介入": "support",
                                      # 站所 and 中心 backing the bodies that carry a task out with their skill (各乡镇
                                      # 负责，县农技中心提供技术支撑 / 县医疗健康集团做好技术指导) or checking on them
                                      # (县X局督导检查): they support
                                      # (the light verb 提供 / 做好 written with them: not an adverb of every
                                      # verb, 按要求做好配合 alone names no unit)
                                      "技术支撑": "support", "技术支持": "support", "技术指导": "support",
                                      # (业务指导 as 技术指导: the department guiding those doing the work in its own
                                      # line, 县公安局业务指导; after 负责 it is the work the body answers for, as
                                      # 负责技术指导 / 负责指导 are, and no letters of the name: 县公安局负责业务 was read)
                                      "业务指导": "support",
                                      "技术服务": "support", "提供技术支撑": "support", "提供技术支持": "support",
                                      "提供技术指导": "support", "提供技术服务": "support", "做好技术指导": "support",
                                      "做好技术服务": "support", "督导检查": "support", "监督检查": "support",
                                      # provincial annotations close with the office following the task up (；省政府
                                      # 督查室督促检查): it oversees the others, as 督导检查 does; after no name
                                      # (加强督促检查) the task's words. (跟踪督办 stays out: a closing line 以上…，由X和Y
                                      # 联合跟踪督办 would then be read as the last item's units)
                                      "督促检查": "support",
                                      # a command plan (防火 / 防汛 / 扑救) names the headquarters in command of the
                                      # bodies carrying the work out (X指挥部统一指挥，Y具体负责): it leads them; a
                                      # body putting forward the people another hires (人员由各村推荐) answers for
                                      # that part. After no name these are the task's words (实行统一指挥, 推荐典型)
                                      # (统一调度 stays out: 市X委负责统一调度 is the work a notice's
                                      # requirement gives a body, running text that decides no task)
                                      "统一指挥": "lead", "推荐": "responsible"}
# the words joining a piece of work to the next (负责资金拨付和监管 / 负责审核及监督): a verb of VERBS_AFTER_A_NAME after
# one is the last piece of the work after 负责, not the verb of a body's name, and ends no clause of units
WORK_JOINERS = ("以及", "和", "及", "与", "并")
# verbs of overseeing others; after 负责 they are the body's own duty (财政部负责督促指导，各省级财政部门落实: the
# ministry answers for the oversight, it does not merely support), alone they support as above
OVERSIGHT_VERBS = ("指导", "督促", "督导", "监督", "督办")
# the steps of handling a matter sent to bodies (a deputy's proposal, a complaint, a case: 交办 it, 督办 it), written
# after 负责 as the body's work, one or two joined by 和 / 、 (人事代表选举工作委员会负责交办和督办): the work, though
# each ends in 办 as an office's name does; no second name after 和
HANDLING_STEPS = ("交办", "转办", "督办", "催办", "承办", "办理", "答复", "反馈")
# words that 组织 completes into a body's name (各机关党组织, 各社会组织, 基层团组织): after them a verb beginning with
# 组织 (组织落实, 组织实施) is the name's last word followed by the rest of the verb (各机关党组织 | 落实)
ORGANISATION_HEADS = ("党", "社会", "团", "群团", "经济", "自治", "行业")
# a body a higher organ posts in a department (派驻市X局纪检监察组, 驻市X局纪检组): 派驻 / 驻 opens its name, the posted
# body's kind closes it, the host department's whole name stands between; a list of such bodies writes the opening and
# the kind once around the hosts (派驻市A局、市B局纪检监察组: one posted body in each)
POSTED_BODY_OPENINGS = ("派驻", "驻")
POSTED_BODY_KINDS = ("纪检监察组", "纪检组")


# verbs of the body that takes the lead in its own words (市X局主抓 / 主推 / 主导 / 牵总，各区配合; 县X局协调，各乡镇落实):
# it leads, as 抓总 / 统筹 / 牵头协调 say. Only at the clause's end, after a name opening as a body's does (a level or a
# collective word, NAME_OPENINGS): principles use the same words after a bare noun (政府主导、社会参与, 坚持政府主导,
# 企业主推产品, 加强协调), naming no unit
VERBS_AFTER_A_NAMED_BODY: dict[str, str] = {"主抓": "lead", "主推": "lead", "主导": "lead", "牵总": "lead",
                                            "协调": "lead",
                                            # 攻坚 / 治理 plans name the governments that answer for their ground
                                            # (各区县政府负主体责任，市X局督导; 属地乡镇负属地责任): responsible, as
                                            # 负责; after a bare noun it is the text's (企业负主体责任)
                                            "负主体责任": "responsible", "负属地责任": "responsible",
                                            "负属地管理责任": "responsible", "负主要责任": "responsible",
                                            "负属地监管责任": "responsible", "负监管责任": "responsible",
                                            "负直接责任": "responsible",
                                            # accountability plans write the 负X责任 family short: 负主责 for
                                            # 负主要责任 (县X局负主责，县Y局配合), and 负连带责任 for the body that
                                            # answers jointly with it: responsible both, as 负责; after a bare noun
                                            # (企业负主责) they are the text's
                                            "负主责": "responsible", "负连带责任": "responsible",
                                            # 攻坚 plans name the leading body as 领衔 / 挂帅 (由县X局领衔，县Y局参与 /
                                            # 县X局挂帅，县Y局协同): it leads, as 牵头; after no body's name they are
                                            # a principle's or a person's words (主要负责同志亲自挂帅, 揭榜挂帅)
                                            "领衔": "lead", "挂帅": "lead",
                                            # 包抓 as a verb (各乡镇人民政府包抓，县X局督导): the body takes the ground
                                            # or the work on and answers for it, as the label 包抓单位 says; a leader
                                            # posted so (县领导张某包抓) opens as no body's name. (包联 / 包保 stay
                                            # out: 实行班子成员包联 closes a task's wording with its people; with
                                            # their object after them they are POSTING_VERBS_WITH_OBJECT)
                                            "包抓": "responsible",
                                            # 汇报: a supervision plan (人大 听取和审议…报告) names beside the committee
                                            # handling an item the department making the report, which answers for
                                            # the work reported (X承办，市Y局汇报); after no name it is a task's word
                                            "汇报": "responsible"}
# verbs that give a role only where they end the list's clause: inside words they are the task's own (加强督导检查,
# 监督执纪问责, 第一监督检查室)
VERBS_AT_END_ONLY = ("督导", "监督")
# the role verb a body answers for its own piece of work with, the work written straight after it (甲公司负责建队,
# 乙公司负责建站): a short work whose last letter ends like a body (队, 站) is still no name's ending
VERBS_BEFORE_THEIR_WORK = ("负责",)
# the role verbs a body takes its share of a sentence's work with, the work written straight after them, before the
# next bodies' clause (X负责线索归口管理，Y配合… / X牵头建立联合检查机制，Y配合做好线索移送): the sentence shares its
# work among bodies clause by clause (annotations.finders._shares_duties_before)
SHARE_OF_WORK_VERBS = ("负责", "牵头")
# verbs that give a role only after a manner word (各地区结合实际推进, 各县区认真执行): alone they are words
# of a task (持续推进, 严格执行)
# 督办 after a manner word (各专门委员会对口督办, 分别督办): the bodies overseeing the handling of a matter by the others
# support them, as the label 督办单位 says; alone it ends a task's wording (定期开展督查督办, 挂账督办), and after 负责
# it is the body's own duty (OVERSIGHT_VERBS)
# 查办 after a manner word (第三审查调查室直接查办): a discipline body investigating and handling a case itself answers for
# it; alone it is a task's word (严肃查办, 查办案件), and a 督查办 holds it as letters of the office's name
MANNER_VERB_ROLES: dict[str, str] = {"推进": "implement", "执行": "implement", "督办": "support", "查办": "responsible"}
# 或 between two verbs a body's clause closes with (X直接查办或提级办理): the body does the work one way or the other,
# both verbs its own; the name ends before the first
VERB_ALTERNATIVE_JOINERS = ("或",)
# manner words before a verb: 按职责分工负责, 结合实际落实, 根据各自职责配合, 分别牵头
VERB_MANNER_HEADS = ("按照", "按", "依照", "依", "根据", "依据", "结合")
VERB_MANNER_OWNERS = ("各自", "本地区", "本地", "本部门", "本单位", "本行业", "")
# the means a body works through, opened by these right after its name (X会同Y依托Z平台建立…, X通过Z平台向各成员单位
# 推送…, X利用大数据开展…): the name ends before them, and a body so opening its clause carries the clause's work
# (finders.SubjectClauses reads them as its verb, finders._partners_named ends the partners after 会同 there)
INSTRUMENT_HEADS = ("依托", "通过", "利用", "借助", "运用")
# the means words that never open a body's name, a piece opening with one naming the means, no body
# (annotations.name_lists.drop_means: 依托网吧监管平台实施…); 利用 / 运用 are nouns too (档案馆的利用服务科), not here
MEANS_OPENINGS = ("依托", "通过", "借助")
# …but 通过 closing its clause with a review, a check or an award (县第一中学通过省级示范高中验收, X通过国家评审) is the
# body passing it: the goal it is to reach, no means of its own work, and no duty the sentence gives it
PASSING_HEAD = "通过"
PASSED_TESTS = ("验收", "评审", "审核", "考核", "认定", "评估", "复审", "审查", "鉴定", "测评", "评定", "认证")
# 做好: the light verb a plan's sentence naming bodies closes with before their role verb (县X局、县Y局按职责做好配合):
# only after a body's name and right before the verb ending the piece, else it is a task's word (做好配合工作)
LIGHT_VERBS_BEFORE_A_ROLE = ("做好",)
# 给予 / 予以 with what is given between it and the role word (省X厅给予资金支持 / 给予政策支持 / 予以技术指导): provincial
# annotations close with the body backing the work by funds, policy or skill; the object (a few letters, no mark) says
# what the support is, the role word closing the piece says the role; only after a body's name
LIGHT_VERBS_BEFORE_AN_OBJECT = ("给予", "予以")
# the light verb after a part's agent in a sentence splitting one measure between bodies (…，所需经费由市财政局予以
# 保障): the body gives the work named after it, and answers for that part as 负责 would say
AGENT_LIGHT_VERBS = ("予以",)
# verbs of doing after a body's name in an annotation clause with no role verb (（X牵头，Y配合；国网某市供电公司做好供电
# 保障）, 市数据局提供数据支撑, 各区人民政府抓好辖区清疏): the body's own part of the task; the name ends where one follows
# the longest head that reads as a body. (The actions of AGENT_ACTIONS / PARTNER_ACTIONS and the task words of
# NOT_A_NAME_STARTS are read so too.) (给予 / 予以: 省X厅给予资金保障; 跟踪: 省政府督查室跟踪问效, the office following
# the task up)
OWN_WORK_VERBS = ("做好", "抓好", "提供", "保障", "保证", "配备", "承担", "给予", "予以", "跟踪")
# the verb of a body's own part closing a sentence of units' clauses with no role word (市X局负总责，市Y中心具体承办，
# 市财政局做好经费保障 / A、B工作分别由X、Y牵头，市财政局做好资金保障): 实施方案 name the body funding or backing the work
# so after the owners' clauses; the clause is read as the same words in a bracket are (the body's own part)
OWN_WORK_VERBS_CLOSING_UNITS = ("做好",)
# the prepositions fronting the object of a body's own act, after its name in such a clause (（X负责；市甲办将其纳入考核
# 评价）, 市乙局把…作为…): the body's work opens with them, they are no letters of its name. (对 is left out: 对外 opens
# names, 市对外友好协会)
OBJECT_FRONTING_PREPOSITIONS = ("将", "把")
# 按要求落实 / 按属地负责 (各成员单位按要求落实; 各区县人民政府、X管委会按属地负责): as the work asks, on its own ground
# (按照属地管理原则负责落实: the principle of each government answering for its ground, named in full)
# (按辖区负责 / 按辖区分别负责: each office of a district on its own 辖区, as 按属地 says)
VERB_MANNER_OBJECTS = ("职责分工", "职能职责", "职责", "职能", "分工", "工作实际", "实际", "要求", "属地管理原则", "属地原则",
                       "属地管理", "属地", "辖区",
                       # 按管辖分工负责 / 按管辖负责: each office on the cases of its own jurisdiction (a 纪委's 审查调查室
                       # share the cases so), as 按辖区 says of districts
                       "管辖分工", "管辖",
                       # 按行业配合 / 按系统配合 / 按领域负责 / 按条线负责: each body over the firms or offices of its own line
                       # of work (census and statistics plans share the units out so), as 按属地 is each on its ground
                       "行业", "系统", "领域", "条线")
# the ground a body acts on, between its verb and the work (各市人民政府负责本地区落实 / 负责辖区内落实 /
# 负责本行政区域内组织实施): provincial and city plans close an annotation with the localities' duty on their own
# ground; the scope is how they act, as a manner word is, no part of the name (annotations.patterns._MANNER)
VERB_SCOPES = ("本行政区域内", "本行政区域", "本辖区内", "本辖区", "辖区内", "本地区内", "本地区", "本区域内", "本区域")
# 按照年度协商计划分别组织实施 / 根据工作方案负责: the plan, scheme or arrangement the bodies work to, named by a few words
# before one of these heads, is manner as the listed objects are (annotations.patterns._MANNER)
VERB_MANNER_DOCUMENTS = ("计划", "方案", "安排", "规定", "部署", "要点", "规划")
# (予以: 市X局予以配合 / 予以支持, the formal light verb before the role verb; 给予 is the same light verb, as
# cross-regional and provincial plans close an annotation with the ministry backing the work: 水利部给予支持 /
# 生态环境部给予指导支持; 均需 / 均要 / 均应: a standing note's modal after the units it names, 各区县政府均需落实，不再列出)
# (全程 / 全力 / 提前: how closely the body takes part, 市司法局全程参与 / 市财政局全力支持 / 提前介入)
# (轮流 / 依次: bodies taking a recurring duty in turn, 各专门委员会轮流承办 a series' sessions)
# (抓好: the light verb of a locality's duty before the work, 各市人民政府抓好本地区落实, as 予以 before 配合)
# a role mark in brackets after a name may say how the role is shared: 县X局（双牵头）/ （共同牵头）/ （并列牵头）: the
# role is the verb's, the word before it no part of the name
BRACKETED_ROLE_SHARES = ("双", "共同", "并列", "联合")
# the brackets (opening and closing mark) a role mark after a name is written in: 市X局（牵头）/ (牵头) / 〔牵头〕, and,
# as some offices and PDF exports write the same mark, 市X局【牵头】/ 〈牵头〉
ROLE_MARK_BRACKETS = ("（）", "()", "〔〕", "【】", "〈〉")
VERB_ADVERBS = ("分工", "分别", "共同", "具体", "各自", "积极", "认真", "切实", "加强", "分头", "密切", "主动", "予以",
                "给予", "均需", "均要", "均应", "全程", "全力", "提前", "轮流", "依次", "抓好",
                # (对口: each body over the matters of its own field, 各专门委员会对口督办 / 对口联系)
                "对口",
                # (直接 / 提级: a discipline body handling a case itself or taking it up from the level below,
                # X直接查办 / X提级办理)
                "直接", "提级")
# A body taking part through staff it sends (X派员指导 / 县Y局派专人参加 / 镇Z办派员到各村督导): the sending is how the
# body acts, the role verb after it (指导, 参加, 督导) still the body's role; the place the staff go to may stand
# between, opened by one of STAFF_DESTINATION_HEADS (派员到各选区指导 / 派员赴现场指导), a few words with no mark
# (annotations.patterns._MANNER)
STAFF_SENDING_WORDS = ("派员", "派专人", "派人")
STAFF_DESTINATION_HEADS = ("到", "赴", "深入")
# When and where an event a plan organises takes place, stated as a part of its own before its working groups (二、演练
# 时间、地点 （一）警报试鸣：9月18日上午10:00，县城规划区。 （二）疏散演练：…主会场设在县第一中学。; 活动时间和地点;
# 时间地点): dates and venues, the places no assignees, no body's duty (generator.words.framework, a section's,
# group's or item's title). The event words open the title; 时间 and 地点 may stand alone after one, or together.
EVENT_WORDS = ("演练", "活动", "会议", "培训", "比赛", "竞赛", "演出", "展会", "展览", "考试")
EVENT_FRAME_WORDS = ("时间", "地点", "时间地点", "时间和地点", "时间、地点", "时间及地点", "时间与地点")

# What a campaign (专项整治 / 专项治理 方案) covers and targets, stated as items of their own before its stages and
# tasks (（一）整治范围。全省定点医疗机构… （二）整治重点。一是…二是…): the campaign's ground and the wrongs it goes
# after, as 实施范围 is a reform's, no one's duty (generator.parse.not_tasks, an item's own title only). A 专项行动 or
# an inspection campaign says the same of its own work (（一）行动范围。全省各类用人单位… （二）排查重点。1.政府投资项目…;
# 检查范围 / 检查重点): what is checked, not who checks it. A clean-up or review plan (文件清理工作方案, 公平竞争审查方案)
# says which documents it goes through and how each is judged (二、清理范围 （一）规范性文件。以县政府名义制发的…
# 三、清理标准 （一）保留。…予以保留 （二）废止。…): the documents' kinds and the criteria, no one's duty either
CAMPAIGN_WORDS = ("专项整治", "专项治理", "整治", "治理", "专项行动", "行动", "排查", "检查", "清理", "审查")
CAMPAIGN_SCOPE_WORDS = ("范围", "对象", "重点", "标准")
# A seasonal ban (伏季休渔 / 禁渔期 / 长江禁捕 执法方案) states its ground the same way, with the waters and the period it
# covers (三、休渔时间和范围 （一）休渔海域。… （二）休渔时间。… （三）休渔对象。…): the ban's frame, no one's duty.
# Only a ban's: an inspection or campaign plan's 检查时间 / 检查区域 / 行动区域 items say who checks when and where
# (（一）检查时间。县应急局负责制定检查计划…), its work, so 时间 / 区域 / 海域 / 水域 are scope words after a ban word only
BAN_WORDS = ("休渔", "禁渔", "禁捕")
BAN_SCOPE_WORDS = CAMPAIGN_SCOPE_WORDS + ("时间", "区域", "海域", "水域")
# the same scope and criteria as the title of a whole part (二、清理范围 / 三、清理标准 / 二、普查对象), its items the kinds
# of documents or the criteria, each titled by the kind (（一）规范性文件。…) rather than by the scope word: read on a
# part's (or group's) title too, with the campaign and survey words. Not 重点: a part so titled (二、整治重点) may set out
# the campaign's work item by item
CAMPAIGN_SCOPE_PART_WORDS = ("范围", "对象", "标准")
# A campaign's focus part (三、整治重点 / 排查重点 / 整治内容, or an inspection's 检查重点) may list the wrongs it goes
# after kind by kind of party or place, each item the kind, a colon and the conduct targeted (（一）定点医疗机构：重点查处
# 分解住院、挂床住院等行为。 （二）参保人员：重点查处冒名就医…): the campaign's frame, naming no one who does the work,
# which its 整治步骤 / 主要任务 part names later. Read by the items' shape (generator.parse.not_tasks.
# _set_aside_campaign_focus_items), not by the part's title alone: a part so titled may set out the work item by item
CAMPAIGN_FOCUS_PART_WORDS = ("重点", "内容", "重点内容")
# how such an item's conduct opens after its colon: a word of weight and a verb of going after wrongs (重点查处 / 严厉打击);
# not 集中清理 / 着力治理, how an item of the work itself reads (农村垃圾：集中清理房前屋后垃圾)
FOCUS_TARGET_WEIGHTS = ("重点", "主要", "严厉")
FOCUS_TARGET_VERBS = ("查处", "整治", "打击", "治理", "检查", "排查", "纠正", "清理", "查纠", "整顿")
# What a study plan (理论学习中心组学习计划, 党支部学习计划, 读书班方案) sets its members to study, listed as a part of
# its own before the 学习安排 table whose rows are the sessions and name their units (二、学习重点 （一）深入学习…
# （二）深入学习党章…): topics, no unit's duty. Read on a section's title, and only where none of its items names a
# unit while a later part's items all do (generator.parse.not_tasks._set_aside_topic_parts). 主要内容 / 重点内容 are
# topics only in a plan whose title says it is a study plan (STUDY_PLAN_TITLE_WORDS): an ordinary 实施方案 or 工作要点
# lists its work under 主要内容 / 重点内容 before a 职责分工 or 保障措施 part naming a unit item by item, and those
# items stay its tasks
TOPIC_PART_WORDS = ("学习重点", "学习内容", "重点学习内容", "主要学习内容", "学习重点内容", "学习主题")
STUDY_PLAN_TOPIC_PART_WORDS = ("主要内容", "重点内容")
# What an inspection (执法检查 / 专项检查 / 督查 方案) will look into, listed as a part of its own naming no one
# (二、检查重点 （一）法律法规学习宣传情况。重点检查… （二）监管责任落实情况。): the matters checked, while the doers
# come in its 工作步骤 and 工作分工 parts. Read as the study plan's topics are, and only on the same terms: no item of
# the part names a unit while a later part's items all do (generator.parse.not_tasks._set_aside_topic_parts)
INSPECTION_TOPIC_PART_WORDS = ("检查重点", "检查内容", "检查重点内容", "检查内容和重点", "督查重点", "督查内容",
                               "督导重点", "督导内容", "视察重点", "视察内容")
STUDY_PLAN_TITLE_WORDS = ("学习计划", "学习安排")
# What a census or survey (普查 / 调查 实施方案, 调查方案) counts and when, stated as items of its own before its working
# groups and steps (（一）普查对象。普查对象是… （二）普查标准时点。… （三）普查内容。…; 调查对象、范围和时期): whom the
# count covers, the moment it stands at and what it asks, no body's duty (generator.parse.not_tasks, an item's own
# title only, as the campaign's scope words are)
SURVEY_WORDS = ("普查", "调查")
SURVEY_FRAME_WORDS = ("对象", "范围", "内容", "标准时点", "时点", "时期")
# Whom or what a plan's measures apply to, listed as cases (a 联合惩戒 memorandum's 一、联合惩戒对象 … 主要包括：
# （一）…情节严重的； （二）…的； （三）其他严重失信情形。, an 适用范围 / 认定情形 part): each item a condition someone
# may fall under, no unit's duty (generator.parse.not_tasks._set_aside_case_lists). A part is read so by its title's
# ending or by the line introducing its items, and only where every item reads as a case (CASE_ITEM_ENDING, or an
# 其他…情形 item closing the list)
CASE_LIST_TITLE_ENDINGS = ("对象", "情形", "范围")
CASE_LIST_INTRO_ENDINGS = ("主要包括", "包括以下情形", "包括下列情形", "有下列情形之一的", "有以下情形之一的",
                           "具体包括", "具体情形如下", "情形如下")
# a case clause ends in 的 (…情节严重的； …拒不履行召回义务的。); the catch-all closing the list: 其他 … 情形
CASE_ITEM_ENDING = "的"
CASE_LIST_CATCH_ALL = ("其他", "情形")
# a verb followed by one of these is part of a noun (牵头部门, 负责人, 配合单位), or of a circumstance
# (在省厅指导下, 在市政府统一领导下): the unit name goes on
VERB_NOUN_CONTINUATIONS = "人者同的部单科室处股组下"
# a carrying-out verb before 情况 names the state of the work (实施情况, 落实情况: X负责对…的实施情况开展监督 answers
# for the oversight, 实施 is no role verb of the clause); only these verbs and only 情况: 县X局负责情况汇总 /
# 牵头情况摸排 / 负责情报研判 keep their role verb (patterns.verb_opens_a_noun)
WORK_STATE_VERBS = ("实施", "落实", "执行")
WORK_STATE_NOUN = "情况"
# bodies whose name ends in a role verb and a body's word (县供销合作社联合社, 县工商业联合会, 市妇女联合会): the verb
# there is a letter of the name, no role (县供销合作社 would read as supporting); the verb stays a verb before anything
# else (甲局联合乙局开展…)
BODY_ENDINGS_OPENING_WITH_A_VERB = ("联合社", "联合会")
# …but after 负责 a 下 opens the duty's work (负责下穿通道、低洼路段积水的排除 / 负责下达计划): the circumstance 在X指导下 /
# 在X牵头下 is written with other verbs, never with 负责
VERBS_BEFORE_WORK_IN_XIA = ("负责",)
# X会同Y: X leads, Y supports
WITH_VERB = "会同"
# verbs that join two bodies as 会同 does where a body's name follows them straight away (县甲局联合县乙局开展…: the
# body before the verb leads, the one after it supports; 联合县乙局开展… with no body before: the plan's own body works
# with 县乙局, which supports, as 会同县乙局开展… reads): read as 会同 there (annotations: groups._joining_verb,
# finders._joining_at). Anywhere else 联合 keeps its VERB_ROLES reading at the end of a list (A、B联合执法 / 联合开展)
# and is a letter of names (联合社, 联合会, 中国联合网络通信: no name opens right after it there)
JOINING_VERBS = ("联合",)
# X商Y落实 / X商Y、Z负责 / X商请Y配合 ("X, consulting Y"): provincial and national 分工方案 write it as freely as 会同, the
# first body answering for the work and the one consulted after it supporting, as after 会同. 商 is also a letter of
# names (省商务厅, 市工商联, 商务部), so it joins two bodies only where a whole body's name ends right before it and a
# name opens right after it (groups._consulting_at); the longer verb first
CONSULT_VERBS = ("商请", "商")
# verbs ending in 商 whose first letter also ends bodies' names (会, 协): 省甲厅会商省乙厅 and 省科协商省乙厅 read alike
# letter by letter (省科 ends like a body too), so where a whole name stands before that letter 商 joins nothing and the
# clause is read as before; 省红十字会商省乙厅 (省红十字 is no name) still joins at 商
VERBS_ENDING_IN_CONSULT = ("会商", "协商")
# (X牵头，与Y、Z加强会商): a clause opening with 与 names bodies outside the plan the task's units work with; they support,
# as the partners after 会同 do, and their names end where the joint action begins (加强会商, 协调, 对接 …)
PARTNER_PREPOSITIONS = ("与",)
JOINT_ACTIONS = ("加强", "会商", "协调", "沟通", "对接", "衔接", "联动", "合作", "共同", "协商", "联合", "配合")
# the role word a finder writes after the names it read for each role, as an annotation of its own (X牵头 / Y配合)
ROLE_WORD_WRITTEN = {"lead": "牵头", "responsible": "负责", "support": "配合", "implement": "落实"}
# X配合Y落实 / X协助Y开展: X supports, Y takes the verb at the end (or is responsible)
ASSIST_VERBS = ("配合", "协助", "协同")
# a 责任书's two parties, each its letter before the party word (甲方 / 乙方): 甲 sets the targets, 乙 signs for them
SETTING_PARTY = "甲"
SIGNING_PARTY = "乙"
PARTY_WORD = "方"
SIGNING_PARTY_WORD = SIGNING_PARTY + PARTY_WORD
SETTING_PARTY_WORD = SETTING_PARTY + PARTY_WORD
# an agreement between two bodies (战略合作框架协议 / 合作协议书 / 合作备忘录) defines 甲方 and 乙方 as a 责任书 does, but
# neither signs for the other's work: each clause names its own subject (甲方负责…, 乙方…, 双方共同…). The kinds its
# title ends in, and the word both parties are written as
AGREEMENT_KINDS = ("框架协议", "合作协议", "协议书", "协议", "合作备忘录", "备忘录")
BOTH_PARTIES_WORD = "双方"
# a 责任书 titled as an agreement (安全生产目标责任协议书 / 综治维稳目标管理责任协议 / 森林防火包保责任协议): the title's words
# before the kind say the document sets targets one party signs for (乙方 bears every target), as a 责任书 does; a
# 合作协议 / 框架协议 / 投资协议 / 备忘录 holds none of them
RESPONSIBILITY_AGREEMENT_MARKS = ("责任", "目标", "包保")
# the kinds a responsibility document's title ends in (某县2025年度乡镇目标管理责任书 / 安全生产责任状): one party signs
# for the targets it lists, so its 目标任务 part holds the document's work, not goals framing it (not_tasks)
RESPONSIBILITY_DOCUMENT_KINDS = ("责任书", "责任状")
# an agreement's heading naming one party's share (一、乙方义务 / （一）甲方职责 / 第三条 甲方的权利和义务): the party answers
# for each item under it (the items write no subject: 提供项目用地200亩 is 甲方's); the words after the party word
PARTY_DUTY_HEADING_WORDS = ("义务", "职责", "责任", "承诺", "权利和义务", "权利与义务", "权利义务", "责任和义务",
                            "责任与义务", "主要职责", "主要义务", "的义务", "的职责", "的责任", "的权利和义务")
# a short-name note after a body's first mention, the words opening its bracket: （以下简称X） / （简称“X”） /
# （以下称X） / （下称X） / （下简称X）, a list's note giving each its short name (（以下分别简称X、Y）) or one word for
# them all (（以下统称X） / （以下合称X）). The note says what the plan calls the bodies later, no name of its own. A bare
# 称 opens a note only after 以下 / 下 (（称重计量所） is a name's own bracket)
SHORT_NAME_NOTE_FORWARD = ("以下", "下")
SHORT_NAME_NOTE_EACH = "分别"
SHORT_NAME_NOTE_VERBS = ("简称", "统称", "合称")
SHORT_NAME_NOTE_BARE_VERB = "称"
# a plan's glossary of short names written as numbered lines (本方案涉及单位简称如下： 1.市发展和改革委员会——市发改委 /
# 1.市发改委：市发展和改革委员会): the word in the line above naming the list, and what parts a row's two names
SHORT_NAME_GLOSSARY_CUE = "简称"
SHORT_NAME_GLOSSARY_SEPARATORS = ("——", "—", "：", ":")
# a 责任书's preamble naming its parties inline (某县人民政府（以下简称甲方）与某镇人民政府（以下简称乙方）签订本责任书,
# the bracket opening as a short-name note does, SHORT_NAME_NOTE_*): the words joining the second party's name to the first's
PARTY_NAME_JOINERS = ("与", "和", "同", "及")
# X组织Y落实 / 由X指导Y实施 / X督促Y落实: a body setting others to work, names on both sides of the verb and a role
# verb closing the clause. X is the clause's agent and answers for the work (responsible); Y takes the closing verb
SETTING_TO_WORK_VERBS = ("组织", "指导", "督促", "督导")
# X督促建设单位落实… / X督导企业整改…: the same verbs of urging with a party that is no body of the plan (建设单位, 企业,
# 项目单位) as their object, then what that party does. The clause is the body's own share of the work and it answers for
# it (responsible), as X督促Y落实 makes X; the party urged is no unit. Only the urging verbs (组织 leads; 指导 is often a
# station's technical help, support), and only with an object after them: written bare at a clause's end (区督查室督促，
# 各街道落实) or as 督促检查 the body oversees the others and supports them (VERBS_AFTER_A_NAME)
URGING_VERBS = ("督促", "督导")
# The party urged must be no body of the plan (REGULATED_PARTY_KINDS: 建设单位, 企业, 学校 … within a few letters of the
# verb, 督导广告企业 / 督促辖区企业): an object opening as a body's name does (各学校, 各区, 县乙局) is one of the plan's
# bodies the urging body oversees, and another oversight verb after it (督促指导 / 督促检查) makes it the house's support
# reading of a body overseeing others. These words open a regulated party although they open names too (各类企业)
URGED_PARTY_OPENINGS = ("辖区", "属地", "各类", "各重点", "有关", "相关", "重点", "规上", "规模以上")
OVERSIGHT_VERBS_AFTER_URGING = ("指导", "检查", "督查")
URGED_PARTY_REACH = 8  # letters between the verb and the regulated party's kind (辖区内重点企业)
# the role verbs that, right after the units opening a sentence after a task's heading, make the units its own
# (县甲局、县乙局分别牵头开展排查，落实… / 县甲局牵头，开展…): a plan's word of a role, not a verb of an action a
# sentence of the task's own wording opens with (各乡镇（街道）组织开展排查 / 各乡镇落实属地责任: the task's words)
ROLE_VERBS_OPENING_A_SENTENCE = ("牵头", "负责", "配合", "协助", "协同", "参与")
# a clause saying which tasks a standing annotation leaves to their own notes (本部分任务除另有注明外，由X牵头，Y配合 /
# 除特别注明外，均由X负责): its last words after 除; it names no unit, the clauses after it do
EXCEPTION_CLAUSE_ENDINGS = ("另有注明外", "另有标注外", "另有规定外", "另有说明外", "另有明确外", "特别注明外",
                            "单独注明外", "单独列明外", "另行注明外", "已注明外", "注明外")
# 由X牵头: the unit comes after 由
AGENT_MARK = "由"
# a plan's request to bodies outside its own (商请市交通运输局、市城市管理局配合 / 提请…): the units come after it
REQUEST_VERBS = ("商请", "提请")
# words before 由 pointing back at the task itself (此项工作由X牵头，Y配合。 / 上述任务由X负责。), as joint notices
# close an item: the sentence is still the units' own
TASK_REFERENCES_BEFORE_AGENT = ("此项工作", "该项工作", "本项工作", "这项工作", "上述工作", "以上工作",
                                "此项任务", "该项任务", "本项任务", "上述任务", "以上任务", "上述事项", "以上事项",
                                "具体工作", "相关工作", "有关工作", "日常工作", "此项", "该项")


def task_reference_before_agent(text: str) -> int:
    """'此项工作由X牵头，Y配合' -> 4: the letters of the words opening `text` that name the task again right before
    its 由 (TASK_REFERENCES_BEFORE_AGENT, the longest that fits); 0 where the text opens with none, or no 由 follows."""
    return max((len(r) for r in TASK_REFERENCES_BEFORE_AGENT
                if text.startswith(r) and text.startswith(AGENT_MARK, len(r))), default=0)


# words of the work ending in 理 (治理, 管理 …) before the 由 naming who does it (超限超载治理由县X局负责): 理由 here is
# no word ("reason"), the work's 理 and the agent's 由 side by side; letters before 由 that make a word with it
# (自由, 理由, 经由, 缘由, 事由) otherwise hold no agent
WORK_WORDS_ENDING_IN_LI = ("治理", "管理", "处理", "办理", "清理", "整理", "受理", "审理", "护理", "修理", "代理")
# adverbs before 由 that change nothing about who acts (分别由A、B、C负责落实, 共同由…; 均由X负责 closing a task as a
# standing note closes several: the 均 counts the work, not the bodies)
AGENT_ADVERBS = ("分别", "共同", "统一", "具体", "均", "都")
# the verbs of handling a thing a body does itself after one of AGENT_ADVERBS, beside PARTNER_ACTIONS (由县X局统一采购
# 办公用品, 由县X中心统一安排会议室): after a whole body's name, adverb and verb begin what the body does, so the name
# ends before them even where the object ends as a name does (…办, …室); 统一战线 (县委统一战线工作部) holds no verb
HANDLING_VERBS = ("采购", "购置", "安排", "调配", "调度", "设置", "配置", "配备", "办理", "处理", "处置", "管理", "保管",
                  "发放", "印制", "审核", "受理")
# two letters whose first ends a body's name (办, 处, 室, 所, 组 …) but which together are a word of what is done or of
# a thing (采购办公用品, 集中办理, 统一处理, 室内): a body's name guessed as the longest opening read as one never ends
# inside such a word (finders._partners_cut); 办公室 is still read whole, its longer cut taken first
WORDS_BEGUN_BY_A_NAME_END = ("办公", "办理", "处理", "处置", "处罚", "处分", "室内", "室外", "所有", "所需", "组织")
# adverbs saying a target is met in full (小型水库“三个责任人”全部落实到位, …责任均落实): the words before the verb they
# close are the things put in place, no body carrying it (finders._bodies_named)
TARGET_ADVERBS = ("全部", "均", "已", "全面")
# the action after the agent of a closing 由 clause whose verb takes an object (…的问题,由X会同Y等部门研究提出落实意见):
# the units end where one of these begins
AGENT_ACTIONS = ("研究提出", "研究制定", "研究", "提出", "制定", "出台", "抓紧", "负责", "组织", "做好", "开展", "推进",
                 "落实", "完善", "牵头")
# the action after the partners of a sentence opened by a body and 会同, as joint ministry notices write a task's
# duty into its text (教育部会同工业和信息化部、农业农村部发布…目录): the partners end where one of these begins
PARTNER_ACTIONS = AGENT_ACTIONS + ("发布", "遴选", "印发", "编制", "建立", "组建", "设立", "部署", "启动", "评选", "认定",
                                   "修订", "起草", "指导", "督促", "实施", "开发", "建设", "举办", "召开",
                                   # 统筹安排 / 统筹推进 (X会同Y统筹安排项目资金): the partners' joint planning of the work
                                   "统筹",
                                   # 完成 a target's amount (某镇配合县甲局完成县道改造12公里 / X会同Y完成…): a 责任书's
                                   # target writes the work done with whom so
                                   "完成")
# verbs after a body opening a sentence of the task's text, with their object (工业和信息化部指导各地在园区布局…;
# 区X局负责组织律师参与签约工作): the body is the sentence's agent; 指导 here is the body's own duty, not the support it
# gives those carrying a task out (as in 各市负责，省X厅指导). Minutes and 分工 lists write a whole item so, the body the
# subject of 负责. Read in running text only: a covering notice's requirements write them too (三、加强督导。市发展改革委
# 负责统一调度。), and they do not make its items tasks (Finder.in_running_text)
# (承担 is not one: a table's duty column writes 镇X办承担…统筹协调工作 as the statement the row's tasks carry out, its
# units in their own column)
SUBJECT_VERB_ROLES: dict[str, str] = {"指导": "responsible", "负责": "responsible"}
# a body guiding others named in the task's own wording (…，县人民医院对口指导乡镇卫生院中医药服务。 / 县人民医院指导乡镇
#卫生院开展…): what the task has that body do, its object written after the verb. Read as the task's units only where
# the task names none apart from its wording; a task closing with a bracket or label of its own names its units there
# (（县卫生健康局负责，县中医院落实）), and the guidance is the task's text (annotations.read_task)
GUIDING_VERBS = ("指导",)
# A task that names its units nowhere apart from its wording (no bracket, label or units' sentence) may still name
# them as the subjects of its clauses, as meeting minutes and 通知 written in prose assign work: 请X牵头，会同A、B建立…;
# X要会同Y加快…; A、B要在汛前完成…，C负责…，D做好…; 责成X督促…; 由X会同Y修改完善后公布. Read only then
# (Finder.fallback), and in running text only.
# words opening such a clause before its subject: the meeting's voice, an order or a request, an agent mark
# an order or a request before the body (请区X局于5月底前完成…): the body acts, whatever its verb
# the ordinal words counting a plan's sentences (一是 二要 第一， 其一， 首先，): at a sentence's start they give its place
# in a count, never a word of the body named after them (二是县人武部负责… names 县人武部)
ORDINAL_WORD_NUMERALS = "一二三四五六七八九十"
ORDINAL_WORD_VERBS = ("是", "要")
# the heads of the other ordinal words (第一， 其一，): the numeral follows the head, a stop follows the numeral
ORDINAL_WORD_HEADS = ("第", "其")
# ---- the mark of an ordinal numbering a body (第一检察部, 第三监督检查室, 第二巡察组): plans whose offices are numbered
# abbreviate two of them with one head (第一、二检察部 / 第五、第八检察部); an ordinal alone names no body ----
ORDINAL_MARK = "第"
ORDINAL_ADVERBS = ("首先", "其次", "再次", "最后")
# (委托: the plan's own body entrusting another with the work, 委托各县（区）人大常委会同步开展检查 / 委托市X中心开展评估:
# the body entrusted does it, as one asked with 请 does; the word is no letter of its name)
ORDER_WORDS = ("请", "责成", "委托")  # also before a units' sentence (请X牵头，Y配合): no word of the first name
CLAUSE_SUBJECT_ORDERS = ORDER_WORDS + ("由",)
# 委托 opening a bracket right after another body's name (审批部门：省X厅（委托市Y局实施）): that body entrusts its own
# power (a licence, an approval) to the one named, as a 许可事项 / 权责 清单 writes who exercises it; the plan asks no
# body there, so the bracket is a note on the body before it, no units of the task (finders.BracketedNote)
ENTRUSTING_WORDS = ("委托",)
# what a request opens with where it names no body, asking its addressees themselves (请于每月5日前将…报送市X局, 请将…报送,
# 请按要求…, 请认真贯彻执行): a time, an object fronted or a manner, no word of a body's name
REQUEST_WITHOUT_SUBJECT = ("于", "将", "把", "按", "在", "对", "及时", "认真", "结合", "根据", "切实")
CLAUSE_SUBJECT_OPENERS = ("会议要求", "会议强调", "会议明确", "会议决定", "会议同意", "要求", "请", "责成", "委托", "具体由",
                          "并由", "均由", "由")
# the subject's verb (longest first where one begins another) and the role it gives; "with": 会同, the subject leads
# and the partners after it support
CLAUSE_SUBJECT_VERBS: dict[str, str] = {
    # (X要牵头建立…: the modal before 牵头 is the meeting's voice, as in 要会同; the body leads the work, not only
    # answers for it as X要… alone says)
    "要会同": "with", "将会同": "with", "会同": "with", "要牵头": "lead", "将牵头": "lead", "牵头": "lead", "配合": "support", "协助": "support",
    "分别负责": "responsible", "负责": "responsible", "要": "responsible", "做好": "responsible", "抓好": "responsible",
    "督促": "responsible", "落实": "implement",
    # a modal or a preposition after the subject, its verb further on (X应当建立…, X依法对…进行审计, X在10个工作日内拨付,
    # X按照各自职责做好…): the body carries the clause's work
    "应当": "responsible", "应": "responsible", "须": "responsible", "依法": "responsible", "按照各自职责": "responsible",
    "按职责": "responsible",
    # (a list straight before how it acts, no modal: A、B按照职责分工做好…, 根据各自职责抓好…)
    "按照职责": "responsible", "根据职责": "responsible", "根据各自职责": "responsible", "按各自职责": "responsible",
    # (A加快建设进度，B加强业务指导: the body strengthening its own work answers for it; the one guiding those doing
    # the work supports them, as 指导 after a name does)
    "加强": "responsible", "加强指导": "support", "加强业务指导": "support", "做好业务指导": "support",
    "加强技术指导": "support", "做好指导": "support",
    # (由X负责…的统筹协调，Y具体实施: the body carrying the work out on the ground after the one coordinating it
    # implements it, as 落实 says)
    "具体实施": "implement", "在": "responsible", "对": "responsible", "于": "responsible", "将": "responsible",
    "据此": "responsible", "每": "responsible", "定期": "responsible", "及时": "responsible",
    # (X从Z平台获取…: where the body takes what it works on from, as 对 / 在 say where it acts)
    "从": "responsible",
    # (an emergency plan's response level: X视情停课, X全力做好…, X转移危险区域人员: the body acts as the level needs)
    "视情": "responsible", "全力": "responsible", "转移": "responsible",
    # (…，各乡镇负责组织实施，县财政局予以经费保障: the body granting the work what it needs, funds or support, answers
    # for that share of it)
    "予以": "responsible",
    # what a body does in a rule's article, its own act (由X汇总后推送Y，Y在…内拨付; X收缴入…; 由X责令退回)
    **{verb: "responsible" for verb in ("汇总", "推送", "报送", "移送", "责令", "审核", "核验", "核查", "核实", "复核",
                                        "拨付", "受理", "公示", "发放", "收缴", "审批", "备案", "查处", "下达", "编制",
                                        "统筹", "协调", "上报", "组织", "制定", "建立", "开展",
                                        # (对进度滞后的项目，由区X办（督查室）挂牌督办: the body oversees the case itself;
                                        # 挂牌 opens no body's name, so the name ends before it)
                                        "挂牌督办")}}
# the modal of a plan's or a meeting's demand before a role verb (Y要积极配合 / Y须配合做好… / X应当会同Y、Z… / X须会同Y
# / X要切实负起牵头责任，会同Y…): the modal is the document's voice, as in 要会同 / 要牵头; the role verb after it says the
# role (a modal with no role verb after it, X要…, answers for the work: responsible, above). An adverb of the manner of
# acting may stand between the modal and the verb, or before the verb with no modal (Y积极配合); it changes no role
ROLE_VERB_MODALS = ("要", "将", "应当", "应", "须", "需")
ROLE_VERB_ADVERBS = ("积极", "主动", "全力", "密切", "切实", "认真")
# the lead written as the responsibility the body takes up (负起 / 担负起 / 扛起 / 承担起 / 担起 + 牵头责任): it leads, as
# 承担牵头责任 does in a provincial 意见 (BORNE_DUTY_KINDS)
TAKEN_UP_LEAD_WORDS = tuple(verb + "牵头责任" for verb in ("负起", "担负起", "扛起", "承担起", "担起", "承担", "履行"))
ROLE_VERBS_AFTER_A_MODAL: dict[str, str] = {"配合": "support", "协助": "support", "会同": "with", "牵头": "lead",
                                            **{words: "lead" for words in TAKEN_UP_LEAD_WORDS}}
CLAUSE_SUBJECT_VERBS.update({modal + adverb + verb: role for modal in ("", *ROLE_VERB_MODALS)
                             for adverb in ("", *ROLE_VERB_ADVERBS)
                             for verb, role in ROLE_VERBS_AFTER_A_MODAL.items()
                             # (配合 / 会同 / 牵头 alone keep their entries above)
                             if modal + adverb or verb not in CLAUSE_SUBJECT_VERBS})
# (X通过Z平台推送… / X依托Z建立…: the means the body works through stands between it and its verb, as 依法 does)
CLAUSE_SUBJECT_VERBS.update({head: "responsible" for head in INSTRUMENT_HEADS if head not in CLAUSE_SUBJECT_VERBS})
# a minutes' subject set apart from its modal by what it acts as (市城投集团作为项目业主，要倒排工期…): the clause of the
# body and its capacity names the subject of the next clause, which opens with the modal or a role verb
# (是: what the body is, as a locality's duty is written, 各县区政府是本辖区…的责任主体，要建立…: the same identity
# then duty a unit-first duty list writes, DUTY_IDENTITY_MARKS; 为 is not one: it opens a clause's object too, 县X局为企业…)
# an office's head straight after a clause's verb, another verb after it (镇党委组织办负责… / 县委督查办要… / 县协调办牵头…):
# the verb's letters open the office's name (组织办, 督查办), the body the whole, its verb the later one
# (finders._subject_and_verb)
OFFICE_HEADS_AFTER_A_VERB = ("办公室", "办", "部", "处", "科", "室", "股", "组")
SUBJECT_CAPACITY_MARKS = ("作为", "是")
SUBJECT_CARRIED_VERBS = ("要", "应当", "应", "须", "负责", "牵头")
# the role verbs by which an issuing notice's own requirement gives its work to particular bodies as its sentence's
# subject (二、做好交接。由县X局牵头，县Y局配合，… / 三、强化保障。县Z局负责…): a share of work, not a request (要, 应),
# which a notice makes of every body it is sent to (notices.gives_work_to_named_bodies)
ISSUING_NOTICE_ROLE_VERBS = ("牵头", "负责", "配合")
# the kind of paper a notice issuing a named document shares out its work in (关于印发《X》任务分工的通知): words.notices
NOTICE_SHARING_KINDS = ("重点任务分工", "任务分工", "责任分工", "分工方案", "任务分解", "责任分解")
# the units a minutes' item addresses all at once as its clause's subject (各责任单位要于每月25日前报送…, 各有关单位要…):
# in minutes (SubjectClauses, prose documents only; before the meeting's modal 要) each unit the meeting gave work to
# answers for the item; elsewhere the same words open a plan's closing exhortation and name no body
# (CLOSING_EXHORTATION), and a rule's article writes 应当, not 要; a list of bodies they close (各县（区）、各有关部门要…)
# names the listed bodies and the collective alike
ADDRESSED_COLLECTIVES = ("各责任单位", "各有关单位", "各相关单位", "各成员单位", "各责任部门", "各有关部门", "各相关部门",
                         "各有关部门和单位", "各相关部门和单位")
# a named body's members addressed all at once after its name (市防指各成员单位, 市安委会各成员单位要…): a commission's or
# headquarters' member units, a unit as 各成员单位 alone is (finders._members_of_a_body)
MEMBER_COLLECTIVES = ("各成员单位",)
# a head body's name and its branch's, written one after the other as one name (国家金融监督管理总局澜州监管分局, 中国邮政
# 集团有限公司某市分公司): the parent's word closing the first, the branch's closing the second; a narrow unit column may
# wrap the name right between them, each half reading as a whole name. A branch's word less its 分 / 支 names its
# parent's kind as well (市生态环境局某县分局, 某银行某县支行: table.cells.branch_of_the_body_above)
PARENT_BODY_ENDINGS = ("总局", "总行", "总公司", "集团有限公司", "集团公司")
BRANCH_BODY_ENDINGS = ("分局", "分行", "支行", "分公司", "支公司")
# what a body does after 由 that is no share of the work: the closing clause of 若干措施 / 办法 naming who explains
# the text (本措施自印发之日起施行，由省发展改革委负责解释): the body answers for no task
AGENT_NON_DUTIES = ("负责解释", "解释")
# the condition of the next step after an agent's clause, its first step having failed (由X协调，协调不成的，报请Y决定 /
# 由X牵头协调，协商不一致的，报Y裁定): the agent settles a case (a dispute, a disagreement) when it arises, a rule of the
# plan's requirements, not the item's units
FAILED_STEP_CONDITIONS = ("不成的", "未果的", "无果的", "不一致的", "未达成一致的", "无法达成一致的", "仍有分歧的")
# the case a step's agent acts on, written before it (对排查不彻底、整治不到位的县（区），由市政府督查室予以通报): 对 + the
# case + 的 closing the first clause, then 由X: X is who acts, the case what it acts on (opening_subjects)
CASE_CLAUSE_OPENER = "对"
CASE_CLAUSE_MARK = "的"
# the moment a step's agent acts at, written before it as one clause closing in 后 (失信主体信用修复后，由市X局及时移出名单;
# 名单认定后，由X推送): the same place the case clause stands in, X is who acts (opening_subjects)
TIME_CLAUSE_ENDINGS = ("后",)
# a meeting's decision on a document, written as the clause before the body it hands the document to (会议原则同意《X计划》，
# 请市Y局按程序印发实施 / 会议审议通过了《X办法（草案）》，由市Z局按程序报签): 会议 + the verb of approval (了 at most) + the
# document in title marks, closing the clause; the body asked after it does the item (opening_subjects)
MEETING_APPROVAL_VERBS = ("原则同意", "原则通过", "审议通过", "研究通过", "同意", "通过", "批准")
MEETING_APPROVAL_PERFECTIVE = "了"
# who fills a post after 由 (联络员由各成员单位有关司局负责同志担任 / 办公室主任由X负责人兼任): the 负责 there opens the
# post's name (负责同志, 负责人), not the verb; the clause appoints people, no body answers for a task
AGENT_POST_WORDS = ("负责同志", "负责人")
# the body a person belongs to, named by reference (成员调整的，由所在单位提出 / 由所属部门审核): 所在 / 所属 + 单位 is a
# relative clause, no body's name, whichever body each member comes from
RELATIVE_BODY_OPENINGS = ("所在", "所属")
# the localities where a thing lies, named by it (考点所在乡镇（街道）, 学校所在村, 项目所在县): 所在 + a locality's kind
# after what lies there, one collective of localities as 各乡镇（街道） is (names.localities_where), each answering for its
# share; 所在 there is one word, never a body's 所 (派出所, 供电所) and the verb 在 (finders._subject_and_verb)
WHERE_IT_LIES = "所在"
WHERE_IT_LIES_PLACES = ("乡镇", "街道", "镇街", "村", "社区", "村居", "县", "区", "市", "镇", "乡")
# …and the place itself, its government after it (项目所在地人民政府): 所在地 is the word, 在 no verb either
WHERE_IT_LIES_WORDS = WHERE_IT_LIES_PLACES + ("地",)

# ---- how a list of units ends ----

# 各县、市、区政府 / 各乡、镇: single-character kinds of locality listed under one shared head are one name
# (各省、自治区、直辖市人民政府: the national kinds, written whole, are listed the same way)
# 各省、自治区、直辖市及计划单列市人民政府: a kind joined to the next by 及 / 和 shares that one's head too (one name);
# the heads a list of kinds shares
LOCALITY_HEADS = ("人民政府", "政府", "党委", "管委会", "党委和人民政府", "党委和政府")
# (设区市 / 地级市 / 县级市: the level of a city written as its kind, 各设区市、县（市、区）X局 one name as 各市、县…)
LOCALITY_KINDS = ("县", "市", "区", "镇", "乡", "州", "旗", "盟", "省", "自治区", "直辖市", "计划单列市", "自治州", "自治县",
                  "设区市", "设区的市", "地级市", "县级市")
# the party committees a party plan gives its tasks to, as a government plan gives them to the localities
# (配合单位：省委组织部，各市委 / 各高等学校党委 / 各县（市、区）党委): a collective opened by 各 ending so
PARTY_COMMITTEE_HEADS = ("党委", "党组", "党工委", "党委（党组）", "党组（党委）")

# 等 / 等有关部门 / 等单位 / 等区安委会有关成员单位: dropped from the last name
# 等 closing a list of names before the kind they stand for (A、B等有关部门, X等行业组织)
QUALIFIER_WORDS = ("其他", "其它", "有关", "相关", "各")
QUALIFIER_HEADS = ("部门和单位", "单位和部门", "部门和地方", "部门单位", "成员单位", "部门", "单位", "机构")
# the department of one domain at each level (各区（县）商务主管部门, 各地教育行政部门): a body's name, though it ends in 部门
# as the kind a list stands for does (有关部门, 相关行业主管部门); the domain's words stand before the head
DOMAIN_DEPARTMENT_HEADS = ("行政主管部门", "主管部门", "行政部门")
# words before such a head that name no domain (行业主管部门: whichever trade's)
NOT_A_DOMAIN = ("行业", "有关", "相关", "各级", "其他", "其它", "上级", "同级")
# the level a reference to other bodies may name before its qualifier (会同同级有关部门, 会同上级相关部门): whichever
# departments of that level, no body's name
REFERENCE_LEVELS = ("同级", "上级", "各级")
# one domain's department at every level, written with no 主管 / 行政 before 部门 (各地农业农村部门, 各省级农业农村部门,
# 各级应急管理部门, 东北地区各级农业农村部门): national and provincial notices address the departments of a sector so; only
# after one of these openings is such a name a body (水利部门 alone, 有关部门, 各级各部门 are not)
LEVEL_OPENINGS = ("各省级", "各市级", "各县级", "各乡级", "各地", "各级")
# what may stand before such an opening: the area whose levels are meant (东北地区各级, 全省各级)
AREAS_BEFORE_A_LEVEL = ("地区", "全省", "全市", "全县", "全区")
# words of a department's kind, not its domain (各级职能部门, 各地执法部门, 各级政府部门): with them dropped the domain keeps
# at least two characters (应急管理 -> 应急, 市场监管 -> 市场)
DEPARTMENT_KIND_WORDS = ("职能", "政府", "业务", "责任", "执法", "监管", "管理", "成员", "党政", "主管", "行政",
                         "属地", "本级")
# X等重点企业 / X、Y等相关企业: 治理 plans name the first enterprises then the kind they stand for (dropped as 等部门)
QUALIFIER_MODIFIERS = ("行业主管", "重点排污企业", "重点企业", "企业")
# the kind a list's 等 stands for named by the duty its bodies bear (市X局、市Y局等负有安全生产监督管理职责的部门):
# an opening verb, the duty's words, a closing 职责的 (the heads after it as above)
QUALIFIER_DUTY_OPENINGS = ("负有", "承担", "履行")
QUALIFIER_DUTY_CLOSINGS = ("职责的", "职能的")
# the heads of the kind a list's 等 stands for, a short word of its trade before them: 等电信企业, 等金融机构, 等配合单位;
# associations and societies closed by the kind they stand for (市医学会、市药学会等行业组织, X协会等社会组织, 等群团组织);
# a publicity task's outlets closed by theirs (市融媒体中心等新闻媒体, X日报等主流媒体, 等媒体);
# a bureau's internal plan closing a list of its own offices (财务处、关税处等相关处室, X科等科室, X股等股室: 处室 /
# 科室 / 股室 the offices of one body; 各处室 with no 等 is a collective and stays a name);
# a financial plan closing a list of banks by their kind (市农商银行、某村镇银行等地方法人银行, 等商业银行)
QUALIFIER_GROUP_HEADS = QUALIFIER_HEADS + ("企业", "组织", "媒体", "处室", "科室", "股室", "银行")
# 城关镇、古镇镇等12个乡镇 / 青石乡等3个乡镇人民政府 / 石桥村等8个村（社区）: a county's or a town's list names a few of
# its localities, then counts all those the work reaches after 等 (as 甲局、乙局等5个部门 counts departments): the count
# names no body, the last name ends before 等 (names.drop_group_after_deng). The count's digits (Arabic, full-width or
# Chinese) and its measure word; the kinds counted are those of localities (WHERE_IT_LIES_PLACES, LOCALITY_COMMITTEES),
# maybe with their bodies' heads after them (等3个乡镇人民政府, 等5个街道办事处: names.COUNTED_LOCALITIES)
COUNT_DIGITS = "0-9０-９一二三四五六七八九十百两"
COUNT_MEASURE = "个"
COUNTED_LOCALITY_KINDS = WHERE_IT_LIES_PLACES + LOCALITY_COMMITTEES
# 和 / 及 / 与 join two names only where both sides are names; never before a bare head noun (各有关部门和单位)
JOINERS = "和及与并"
# 并 joins two names only before a name's opening (市X局并各县（市、区）); before a verb it opens a clause (并报市政府备案)
JOINERS_BEFORE_A_NAME_ONLY = "并"
# (地方: 有关部门和地方 / 各有关部门和地方 is one collective, the departments and the localities, written as one)
# the first domain of a pair joined by 和 inside one body's name (工业和信息化主管部门, 住房和城乡建设部门, 文化和旅游局):
# after a collective opening (各地工业和信息化主管部门, 各省…计划单列市工业和信息化主管部门) the 和 does not part two names
# (体育 / 广电: a county's merged bureau names three or four domains before 和旅游局: 各县文化体育和旅游局,
# 各区文化广电和旅游局, 各县文化广电体育和旅游局)
NAME_DOMAIN_PAIR_FIRSTS = ("工业", "住房", "文化", "人力资源", "自然资源", "发展", "教育", "科技", "卫生", "政务服务",
                           "广播电视", "新闻出版", "经济", "商务", "粮食", "体育", "广电")
BARE_HEADS = ("企业", "机构", "组织", "团体", "地方")
# an office named for the two fields it manages, joined by 与 (实验室与设备管理处, 资产与后勤管理中心): the head after
# the second field is both fields' (实验室管理 + 设备管理), so 与 parts no names there even where the first field alone
# ends like a body (实验室); the word and heads ending such an office, and the joiner that writes it
MANAGING_WORD = "管理"
MANAGED_FIELDS_OFFICE_HEADS = ("处", "中心", "科", "办公室", "办", "部", "站")
MANAGED_FIELDS_JOINER = "与"
# an office of a customs, commerce or port body named for a kind of zone it oversees and a second field, joined by 和
# (自贸区和特殊区域发展处, 开发区和口岸管理处, 园区和开放平台处): the bare kind of zone, with no place or level before it,
# is a field there, not a locality of its own (a named zone, 江川开发区, or a collective, 各开发区, still parts two
# names); the kinds of zone written so (not 经开区 / 高新区: a county plan names its own zone's body so, bare), and the
# heads of the internal office closing such a name (处, 科: a 中心 or a 局 after 和 is a body of its own)
ZONE_KINDS_AS_FIELDS = ("自贸区", "自由贸易试验区", "开发区", "保税区", "综合保税区", "综保区", "园区", "功能区", "示范区",
                        "试验区", "合作区", "港区")
ZONE_FIELD_OFFICE_HEADS = ("处", "科")

# Two names glued with nothing between them (区财政局区发改局, 团区委区妇联, 县委办县政府办): a table cell or a hand-filled
# sheet copied without its line breaks or its 、. A glue is read only where a complete body's name ends in one of
# GLUED_NAME_LEFT_ENDINGS and the next opens with a one-letter level (GLUED_NAME_LEVELS), maybe after 团 (团区委).
GLUED_NAME_LEFT_ENDINGS = ("局", "委", "办", "部", "厅", "署", "联", "协", "会", "所", "队", "院", "中心", "街道", "政府",
                           "办公室")
# the place words that end a body's name before a glue (东关街道区城管中队: the street's office)
GLUED_NAME_PLACE_BODIES = ("街道",)
GLUED_NAME_LEVELS = ("省", "市", "州", "县", "区", "乡", "镇")
# the party's prefix before a committee glued to the next name (中共区委区政府办公室: 中共区委 is the 区委)
PARTY_PREFIX = "中共"
GLUED_NAME_YOUTH_LEAGUE = "团"
# a level letter that begins a word, not a body's level (区城管局市容科, 市X局区级单位, 县X局乡村振兴股, 区X局市区分局)
GLUED_NAME_NOT_A_LEVEL = ("市场", "市容", "市政", "市民", "市级", "市区", "市县", "区域", "区级", "区县", "县域", "县级",
                          "县区", "县市", "乡村", "乡镇", "乡级", "镇村", "镇级", "省级", "省内", "州级")
# a left ending and a level letter that make a place's name (商务中心区管委会, 中心镇): no glue between two names
GLUED_NAME_PLACES = ("中心区", "中心镇", "中心村", "中心城")
# the two names of one organ, each written after the level's letter (县纪委县监委, 市纪委市监委机关): the discipline
# commission and the supervisory commission work as one body (合署办公), and plans name it so as often as 县纪委监委;
# the level repeated before the second name opens no second body (as 县委县政府督查室 opens none)
GLUED_NAME_ONE_ORGAN = (("纪委", "监委"),)
# the level word of the name after a glue opens a branch of the body before it (市生态环境局区分局): one name
GLUED_NAME_BRANCH_START = "分"
# a level of government alone before 和 (中央和省驻某市各单位, 省和市有关部门): no body, the levels share the name after
# 和 (as 国家和省有关部门 does), so 和 parts no names there; 中央 ends a body's name only after one (团中央, 党中央)
LEVELS_SHARING_A_NAME = ("中央", "国家", "省", "市", "县")
# a cell or clause that says there is no such unit (配合单位:无)
NO_UNIT = ("无", "暂无", "没有", "/", "—", "——", "-", "／", "－")
# a by-unit duty table's cell naming every task above (各乡镇人民政府 | —— | 全部): not a unit, not a number
ALL_TASKS_CELL = ("全部", "全部任务", "所有任务", "各项任务", "全部事项", "所有事项", "各项工作", "全部工作")
# the word that makes a name the bodies of each of a kind (各乡镇, 局属各单位党组织)
EACH = "各"
# words that start the name of a group of bodies rather than one body
COLLECTIVE_STARTS = (EACH, "有关", "相关", "其他", "其它", "市直")
# the first characters of the whole area (全省, 全市) or of one's own (本市, 本县): no proper place's name opens so
WHOLE_AREA_STARTS = ("全", "本")
# the words naming a stretch or a part of the ground, or the places concerned, right before 各 (赛道沿线各区人民政府,
# 流域内各乡镇, 库区各乡镇人民政府, 片区各街道, 相关各县): the localities in it, still every one (annotations.groups)
# (沿河, 沿江, 沿湖, 环湖, 沿海, 沿边, 沿路: the stretch along a river, a lake, the coast, a border or a road, as 河湖,
# 海岸 and 交通 tasks name the towns it runs through: 沿河各乡镇人民政府 is every town on the river, as 沿线各乡镇 is)
LOCALITY_QUALIFIERS_BEFORE_EACH = ("沿线", "沿岸", "沿途", "流域", "流域内", "辖区", "辖区内", "范围内", "周边", "相关",
                                   "有关", "涉及", "所在", "库区", "灌区", "片区", "林区", "矿区", "山区", "景区", "试点",
                                   "沿河", "沿江", "沿湖", "环湖", "沿海", "沿边", "沿路")
# the enterprises of a town's or a district's ground named all at once (各企业, 辖区各企业, 辖区重点企业, 重点企业, 有关企业):
# a town's plan closes a task with its agent and the bodies carrying it out, the enterprises last among them
# (由镇X办负责，各村（社区）、辖区重点企业落实。). After the sentence's first clause they are bodies doing the work, as
# in a bracket; as the sentence's own subject (企业负责…, 督促企业落实) they are the task's words (parse/annotations/
# finders.py _is_verb_sentence). The ground they are on, then what of them, then 企业
ENTERPRISE_COLLECTIVE_GROUNDS = ("本辖区", "辖区内", "辖区", "全镇", "全乡", "镇域", "乡域")
ENTERPRISE_COLLECTIVE_WORDS = ("各类", "各重点", "各", "重点", "有关", "相关", "规上", "规模以上")
# how a plan's closing exhortation opens: everyone at once, as a collective subject before 要 (各地各部门要…, 各级各有关
# 部门要…, 各地、各有关单位要…), naming no body. 实施细则 / 若干措施 in articles close so (第N条　各地各部门要切实提高政治
# 站位…), with no heading to say it is their 组织保障; each piece is 各级 / 各地 or a 部门 / 单位 / 地方 head
CLOSING_EXHORTATION = r"^(?:(?:各级|各地|各?(?:有关|相关)?(?:部门|单位|地方))[、和及]?){1,4}要"
# words that make a heading's name a kind of bodies, not one body (（一）县直有关部门, （二）属地政府, 各成员单位): a 方案's
# duty list groups its unit lines under such headings; over items naming their own units the heading is no unit of theirs
KIND_OF_BODIES_WORDS = ("各", "有关", "相关", "其他", "其它", "属地", "成员单位")
# how a name of a kind of bodies ends with no such word: the departments directly under a level's government or party
# committee as one class (（四）县直部门职责 / 市直单位 / 区直机关 / 县直属单位); only at the end, as 市直机关工委 is one body
KIND_OF_BODIES_ENDINGS = ("直部门", "直单位", "直机关", "直属部门", "直属单位", "直属机关")
# how a kind of bodies heading the departments it lists ends (（五）市人民政府有关部门：市甲局负责…；市乙局负责…, 各成员
# 单位：, 县直各单位：, 市直单位：): the bodies after its colon are its members, each doing its share
# (parse.duties._category_over_named_bodies). A kind of localities (各乡镇：, 各县（市、区）：, 属地政府：) ends otherwise:
# the body after its colon is one inside each of those places (各乡镇：村两委负责协助…, 各县（市、区）：县级应急管理部门
# 负责…), helping or acting for it, and the localities stay the duty's unit
KIND_OF_DEPARTMENTS_ENDINGS = ("部门", "单位", "机关", "机构", "处室", "科室")
# the levels whose directly-run bodies a plan names as one collective (县直各单位, 镇直有关部门, 市直属各单位): each body of
# that level, a subject that acts, unlike 有关部门 (whichever department)
DIRECT_BODIES_LEVELS = ("省", "市", "州", "县", "区", "镇", "乡")
# how the party organisations of a group of units end, named as one collective (局属各单位党组织, 各党组织, 各基层党组织):
# a 机关党委's plan lists them beside its offices in a bracket of names alone; with no 各 (基层党组织, 村党组织) the
# word is a task's, no unit. The trade unions and league branches of each are named so too (各级工会组织, 各级团组织),
# heading a duty of their own (各级工会组织：负责…)
PARTY_ORGANISATION_ENDINGS = ("党组织", "工会组织", "团组织")
# kinds of school an education plan names as one collective opening a duty (各普通高中负责…, 各高中负责…, 各职高): each school
# of that kind answers for the work; with no 各 the word is the task's (办好普通高中, 全县普通高中生均校舍面积), no unit
SCHOOL_KINDS_OF_EACH = ("高中", "职高", "中专")
# a school named short, as a county's education plan names its schools beside the bureau's 股室 (（高中股、县一中、县二中）,
# （职成股、县职业中专）): a place, then a numeral and the level (县一中, 城关二小, 市十一中, 青溪县三中), or the place (and
# 职业) and one of these kinds written short (县中专, 县职业中专, 县职高, 县特校, 县职中). 中 and 小 alone end no name:
# 初中, 高中, 中小 are school levels, 集中, 其中 words; a numeral with no place before it (一中) is no name either
SCHOOL_SHORT_LEVELS = ("中", "小")
SCHOOL_SHORT_NUMERALS = "一二三四五六七八九十"
SCHOOL_SHORT_KINDS = ("中专", "职专", "职高", "特校", "职中")
# the place opening such a name: a level word alone (县, 市), a place name of two characters (城关, 青溪), or a name
# ending in its kind (青溪县, 滨江区)
SCHOOL_SHORT_PLACE_KINDS = ("县", "市", "区", "镇", "乡", "旗")
# words of two characters before a count or a kind that open no school's name (其中一小部分, 全县一中心…), and the
# school levels and tracks, which name kinds of schools, no place (（初中职高） / 普高职高 / 中职特校)
SCHOOL_SHORT_NOT_PLACES = ("其中", "之中", "全县", "全市", "全区", "全镇", "本县", "本市", "本区",
                           "初中", "高中", "普高", "中职", "小学", "中学", "幼儿", "职高", "中专")
# how the name of a vertical body posted in a city ends, named by its place with no level word (滨江海关, 甲江海事局,
# 甲江铁路公安处, 甲江机场) where it heads a duty in a list of units' duties (generator.parse.duties.body_heads_a_duty):
# the parties a plan regulates (医疗机构, 施工单位, 学校, 物业服务企业) end otherwise, and are no unit there. A county's
# list names the stations and police posts of such bodies so too (石湾海警工作站, 石湾边境派出所)
PLACE_NAMED_DUTY_BODY_ENDINGS = ("局", "委", "办", "处", "海关", "机场", "工作站", "派出所")
# a name opening so points back to a body named before (该局 / 本局 / 此处 / 其下属单位): it ends in a body's word but
# names no body of its own, and opens no duty of its own in a duties list
BODY_PRONOUN_OPENINGS = ("该", "本", "此", "其", "上述")
# how the name of a body ends
UNIT_ENDINGS = ("局", "委", "办", "部", "厅", "署", "队", "院", "会", "中心", "站", "处", "所", "组", "政府", "单位",
                "部门", "公司", "社", "台", "集团", "室", "段", "专班", "党校", "学院", "银行", "机构", "委员会",
                "办公室", "办公厅", "党委", "法院", "检察院", "联", "协", "中央", "兵团", "海关", "高校", "学校", "乡镇", "街道", "县", "区",
                "镇", "市", "州", "各地", "企业", "村", "社区", "村居",
                # a community's grids (各网格, 第三网格), the ground its 网格化服务管理 plans part among their workers
                "网格",
                # departments inside a ministry (政策法规司, 危险化学品安全监督管理一司), as its own plans name them
                "司", "省", "地方",
                # public institutions and the central bank's local branches a city's work report gives tasks to
                # (市档案馆, 市图书馆, 人民银行某市分行)
                "馆", "分行",
                # offices inside a county bureau or a hospital (人事股, 基础教育股, 医务科, 宣传科), the bodies a
                # bureau runs (县文化馆, 县电化教育馆) and the schools an education plan names (县第一中学, 各中小学,
                # 各幼儿园, and all of them at once: 各校, 各园): a bureau's own plan lists them as its units
                "股", "科", "中学", "小学", "幼儿园", "各校", "各园",
                # 各镇街: the towns and streets of a district, as its own bureaus write them
                "镇街",
                # plans of other sectors give tasks to works, farms, parks, universities, bank branches, troupes and
                # prisons (县自来水厂, 县污水处理厂, 国有X林场, 县良种场, X工业园, X大学, 农业银行X县支行, X农商行, 县文工团,
                # X监狱); 场 and 园 only in kinds of farm and park: 市场, 现场, 校园, 家园 name no body
                "厂", "林场", "农场", "牧场", "渔场", "茶场", "种场", "养殖场", "屠宰场", "机场", "苗圃",
                "工业园", "产业园", "物流园", "科技园", "创业园", "示范园", "大学", "支行", "农商行", "团", "监狱",
                # the army's local commands end in a place word (X军分区, X警备区): a body's name, never a locality
                "军分区", "警备区",

                # a town's or a village's militia (镇民兵连, 村民兵连, 基干民兵连): the body its 应急 and 防汛 tasks name
                "民兵连", "民兵营",
                # development zones, run by their own 管委会, are listed among the departments as bodies under the
                # short names only a named zone takes (江川经开区, 江川高新区, 滨江新区); kinds of zone are spelt out
                # (经济技术开发区, 工业园区) and stay places; and the bookshop a culture plan names (县新华书店)
                "经开区", "高新区", "新区", "书店",
                # the organs of a commission or bureau named as one body (省纪委监委机关, 市直机关, 局机关)
                "机关",
                # the carriers a 考试 / 防汛 / 应急 plan gives the communications duty to, named as one collective
                # (县通信运营商, 各通信运营商, 县基础电信运营企业): 运营企业 is a body, unlike 企业 alone, a kind of
                # party a plan regulates that names a body only after 各 (LOCALITY_ENDINGS)
                "运营商", "运营企业",
                # a court's own divisions and its local tribunals (立案庭, 刑事审判庭, 民事审判一庭, 审判监督庭,
                # 城关人民法庭, 各人民法庭): a court's own 工作要点 gives its tasks to them as a bureau's to its 科室
                "庭")
# names that end like an office and are not one: fields of study (学科, 本科, 专科) and holdings of shares (控股, 入股)
NOT_UNIT_ENDINGS = ("学科", "本科", "专科", "文科", "理科", "工科", "预科", "控股", "参股", "入股", "持股", "配股",
                    # a works or a group named by what is done to it (出厂检验, 组团发展, 抱团取暖), and kinds of
                    # factory a plan wants built (绿色工厂, 智能工厂), no named works
                    "出厂", "进厂", "入厂", "建厂", "返厂", "组团", "抱团", "成团", "拼团", "工厂",
                    # common nouns ending in 会 as 工会 / 协会 do: a committee named by two fields joined with 和
                    # (社会和法制委员会, as 农业和农村委员会) is one body, not 社会 + 法制委员会 (names._split_joined)
                    "社会", "机会",
                    # what a court does or where a family lives, ending in 庭 as a court's divisions do: a hearing
                    # (开庭, 出庭, 到庭, 当庭, 休庭, 闭庭, 退庭), a family (家庭, 困难家庭), a mock trial (模拟法庭), the
                    # panel formed for one case (合议庭), and 门庭 / 大相径庭
                    "家庭", "开庭", "出庭", "到庭", "当庭", "休庭", "闭庭", "退庭", "模拟法庭", "合议庭", "门庭", "径庭",
                    # a stretch of river, bank or works a project covers, ending in 段 as a road's maintenance body does
                    # (县公路段): part of a project's name (中小河流治理工程（白沙河段）, 堤防加固（二标段）), no body; and
                    # spans of time or means (分阶段, 重点时段, 技术手段)
                    "河段", "江段", "渠段", "堤段", "标段", "地段", "阶段", "时段", "手段",
                    # meetings, ending in 会 as 工会 / 委员会 do: the form a 协商计划 or a work plan gives its items
                    # (专题协商会, 提案办理协商会, 座谈会, 推进会, 调度会): an event held, never a body answering for work
                    "协商会", "座谈会", "推进会", "调度会", "现场会", "协调会", "论证会", "听证会", "评审会", "发布会",
                    "交流会", "观摩会", "动员会", "研讨会", "恳谈会", "通报会", "报告会",
                    # verbs of handling a matter, ending in 办 as an office does (县安委办): the work a duty lists after
                    # its verb (分别负责来信登记、来访转办; 热线转办, 上级交办, 限期催办), no body
                    "转办", "交办", "催办")
# the verb of overseeing a matter to its close, ending in 办 as an office does (县安委办): 挂牌督办, 跟踪督办, 限期督办 say
# how a problem is handled (a 整改措施 cell's wrapped line 挂牌督办、销号管理), no body; a table cell's piece ending so
# names no unit (the office that oversees is a 督查室 / 督办室; running text, 由安全科负责汇总督办, keeps its own reading)
OVERSEEING_VERBS = ("督办",)
# …unless a field word stands before the 科 and the whole is an office: a hospital names its departments by the field they
# work in (重症医学科, 核医学科, 医院感染管理科, 病案管理科, 病理科, 护理科, 心理科, 药学科); a 学科 after any other word
# (重点学科, 优势学科) stays a discipline
FIELD_DEPARTMENT_ENDINGS = ("医学科", "药学科", "管理科", "病理科", "护理科", "心理科")
# how the name of a body opens: its level (省, 市, 县 …), a group of bodies (各, 有关, 市直), a national body
# (国家, 中国, 中共); a table cell wrapped at its column's edge may leave such an opening at a line's end
# 属地: the government of the ground a task lies on (属地政府, 属地区县人民政府负属地监管责任), a collective as 各 opens
NAME_OPENINGS = LOCALITY_KINDS + COLLECTIVE_STARTS + ("村", "国家", "中国", "中共", "属地")
# name endings a longer name runs on past (市人力资源社 / 会保障局, 市中小企业 / 服务中心): a name cut there by a narrow
# column's edge reads as whole, though the wrap, not the name, ended the line
RUN_ON_ENDINGS = ("社", "企业")
# the words ending the name of a part of a body (its office, its squad: 办公室, 督查室, 交通管理大队), which name nothing
# without the body before them (县公安局交通管理大队, 县政府督查室): a line opening with such a part, no place before it,
# under a line ending in a body's whole name is the rest of that name, a narrow column having wrapped it
BODY_PART_ENDINGS = ("室", "大队", "支队", "中队", "科", "股")
# 村 / 社区 / 村居: the localities of a town or street plan (各村（社区）, 沿河各村, 各村居), as 乡镇 are a county's
# (网格: a community's 网格化服务管理 plan parts its ground into grids, 各网格, as a street's plan its 各社区)
LOCALITY_ENDINGS = ("乡镇", "街道", "县", "区", "镇", "市", "州", "各地", "企业", "村", "社区", "村居", "省", "地方", "镇街",
                    "网格")

# endings LOCALITY_ENDINGS admits that name kinds of bodies, no ground: 各基础电信运营企业 after the comma closing a
# group's members' list (成员单位：A、B，各…企业) is more of the members, not the localities that carry the work out
NOT_GROUND_ENDINGS = ("企业",)

# ---- standing notes and positional rules stated by the document itself ----

# the head of a scope note after a body's name (各县（市、区）人民政府（含高新区管委会，下同）): what the name, here and
# where it stands again later, takes in besides the body itself (annotations.name_lists.drop_scope_note)
SCOPE_NOTE_HEADS = ("含", "包括", "以下均含", "以下含")
# the head of a duty note after a body's name (县纪委监委（县纪委监委仅负责追责问责）, 县气象局（负责预警信息发布）): what
# the body does in the task, in a bracket that may first repeat its name; no part of the name, no unit of its own
# (annotations.name_lists.drop_duty_note)
DUTY_NOTE_HEADS = ("仅负责", "只负责", "主要负责", "负责", "仅参与", "只参与", "仅限")
# a drafting note after a body's name in a plan put out for comment (方案（征求意见稿）): the responsibility is not
# settled yet (市X局（待定）, 县Y局（拟）, 市Z局【待协商】, 市W委[待确认]); the bracket holds only the note, which is no
# part of the name (annotations.name_lists.drop_drafting_note; the reading notes it)
DRAFTING_NOTES = ("待定", "拟", "暂定", "待确认", "待协商", "待商", "待商定", "待明确", "建议")
# a label's value that names no body yet, only that one is to be settled (牵头单位：待定): no unit (the task shows
# 未注明责任单位 where nothing else is named)
UNSETTLED_UNIT_WORDS = ("待定", "待确认", "待协商", "待商定", "待明确", "暂未明确", "未定")
# "the same below", closing an annotation whose units stand for the bare items after it (【责任科室：X，下同】)
SAME_BELOW = "下同"
# a bracket saying only "the same below" after a label's value (实施单位：各县（市、区）局（下同）): the value stands for
# the later items writing no line of that label (parse.rules.LabelValueSameBelow); the bracket is no part of the name
# (annotations.name_lists.drop_scope_note)
SAME_BELOW_NOTES = ("下同", "以下同")
# "the same as above", the whole of an annotation ((同上) / (责任单位：同上)): the units of the item before it
SAME_ABOVE = "同上"
# a note in an annotation that speaks of the tasks after it (以下各项工作均需…落实,不再列出; …,下同)
NOTE_WORDS = ("以下", "下同", "不再列出", "不再重复列出", "不再做分工", "不再分工", "均需", "均涉及", "同上")
# the verb of a plan's definition of a collective it names in its lists, inside an annotation at its first use:
# “省直有关单位”指省X领导小组成员单位，下同 (quoted: any of these) / 相关部门是指A、B等单位 (unquoted: the two-character ones)
DEFINITION_VERBS = ("是指", "系指", "指", "包括", "即")
DEFINITION_VERBS_UNQUOTED = ("是指", "系指")
# closing quotation marks: an item quoting its text (“…。”) closes the quote after its stop, before the item's bracket
CLOSING_QUOTES = "”’」』"
# the verb of a standing note before the units it names (具体任务均涉及相关市(州)人民政府): the name follows it
NOTE_VERBS = ("均涉及", "均需", "涉及", "均由")
NOTE_STARTS = ("以下", "上述", "下同", "同上", "本方案", "所有", "各项工作", "各项任务")
# A plan's sentence about keeping the plan itself (本预案每3年修订一次，由X组织修订 / 本预案由X负责解释，自印发之日起实施):
# it opens with 本 and the document's kind and speaks of revising, interpreting or bringing the plan into force. The
# body it names keeps the text; it is given no work of the plan (an 应急预案's closing 预案管理 part says so).
SELF_REFERENCE_KINDS = ("预案", "方案", "办法", "措施", "细则", "规定", "计划", "意见", "要点", "规划")
# A plan's preamble closes with the sentence making the plan (…，制定本要点。 / 特制订本方案。): the verb, 本, the plan's
# kind (perhaps 工作 / 实施 / 行动 before it). A second plan in the same copy (a notice issuing two) opens so.
PLAN_MAKING_VERBS = ("制定", "制订", "编制")
PLAN_KIND_QUALIFIERS = ("工作", "实施", "行动")
# A workbook's sheets (or a set of ledgers) repeating one title print what each covers on a bracketed line under it
# (某县…工作推进台账 / （设备更新行动）, （农业农村领域）, （民生篇）): the line ends with the word naming a part of a
# programme. It completes the title, as a bracketed （2024—2026年） or （试行） under a title does.
TITLE_SCOPE_ENDINGS = ("行动", "工程", "领域", "篇")
# A bracketed line so ending may sum the programme up instead of naming one part of it: a count (（十大重点工程）,
# （三项行动）, （共五个领域）), a collective (（各重点领域）, （相关领域）, （设备更新等行动）) or a bare qualifier with no name
# (（重点工程）). Such a line tells no sheet from another; it is left out of the title (and so of the plan's id).
TITLE_SCOPE_COUNT_MEASURES = ("大", "项", "个", "类", "条", "方面")
# a total opens the name and a number follows it (（共五个领域）, （合计12项工程）): 共 elsewhere is a letter of a word
# (公共领域, 共享经济领域, 共同富裕行动), and 合计 / 总计 inside a name may be two words' letters (综合计划)
TITLE_SCOPE_TOTAL_WORDS = ("共计", "共", "合计", "总计")
TITLE_SCOPE_COLLECTIVE_STARTS = ("各", "有关", "相关", "其他", "其它", "全部", "所有", "若干")
TITLE_SCOPE_COLLECTIVE_ENDS = ("等",)
TITLE_SCOPE_QUALIFIERS = ("重点", "主要", "重大", "专项", "关键", "全面")
DOCUMENT_KEEPING_VERBS = ("修订", "修改", "解释", "施行", "实施", "备案", "废止")
# "括号内为责任处室（单位），排在第一位的为牵头…": the words a note on what each task's brackets hold opens with
BRACKET_INSIDE = ("括号内", "括号中", "括号里")
# "排在第一位的为牵头单位", "列第一位的单位为牵头单位", "排名首位的牵头": the first listed unit leads
# (有两个站所的，前者牵头、后者配合 / 前者为牵头单位，后者为配合单位: a rule counting two names them "the former" and
# "the latter"; 前者 is an ordinary word of running text, and reads as a rule only before a lead role word, and only
# where the words speak of the lists: see PLACES_OF_RUNNING_TEXT)
FIRST_POSITION = ("第一位", "第一个", "第一", "首位", "首个", "最前", "前面", "前者", "前一个")
POSITION_VERBS = ("排在", "排名", "排序", "列在", "列于", "列", "位于", "标注", "位列", "署名")
# "括号内第一个逗号前的单位为牵头单位，其后为配合单位" / "逗号前为牵头单位，逗号后为配合单位": a rule stated by the
# punctuation of the list, not by place: a bare list parts its leads from the others by a comma (A、B，C、D), 、 within
# each group. The mark as a rule names it, and the words for before and after it.
COMMA_WORDS = ("逗号", "“，”", "\"，\"")
BEFORE_THE_MARK = ("之前", "以前", "前面", "前")
AFTER_THE_MARK = ("之后", "以后", "后面", "后")
# "多个单位起草的，排在第一位的为牵头单位" / "涉及两个以上部门的，…": the rule speaks of lists of several units only;
# a unit named alone is then merely responsible for its task. "责任单位栏列有两个单位的，排在第一位的为牵头单位" counts
# two without 以上: a first place among two is still a list of several (两个 / 2个 / 两家 before the 的 of the condition)
# what a column's name ends with where a rule's condition names it (主要起草单位有两个及以上的 / 责任部门有多个的)
COUNTED_COLUMN_HEADS = ("单位", "部门")
SEVERAL_UNITS = ("多个", "多家", "两个以上", "两个及以上", "两个或两个以上", "两家以上", "2个以上", "2个及以上", "多部门",
                 "多单位", "几个", "两个", "2个", "两家")
# "…，其他为配合单位；只列一个单位的为责任单位" / "仅有一个单位的，为责任单位": the same exception written after the
# rule instead of as its condition before it: a unit named alone is responsible, lists of several read by the rule
SINGLE_UNIT_ONLY = ("只列一个", "仅列一个", "只有一个", "仅有一个", "只涉及一个", "仅涉及一个", "只列1个", "仅列1个",
                    "只有1个", "仅有1个", "单独列出", "单列")
# the work a rule's role word may name before or after it: 为工作牵头单位 / 为整改牵头单位 / 为牵头起草单位 / 其他为配合起草单位
# (为牵头组织单位 / 另一个为配合组织单位: a drill or activity calendar's bodies organising each item)
RULE_ROLE_DOMAINS = ("工作", "整改", "任务", "起草", "办理", "落实", "组织")
# a rank a positional rule gives the first unit among several leads, between 为 and the role word: 排在第一位的为主要
# 牵头单位 (the others still lead; the rule only says which one answers first)
RULE_ROLE_RANKS = ("主要", "总")
# a softening adverb a team's rule puts before its 为, saying how a bare list reads unless told otherwise:
# @ 提及的第一个单位默认为牵头单位 / 排在第一位的原则上为牵头单位 / 其他单位一般为配合单位
RULE_SOFTENERS = ("默认", "原则上", "一般", "通常")
# the kind of body a positional rule names the listed ones by, before and after its role word: 单位 / 部门 mostly; a
# town's notice names its stations and offices (排在第一位的站所为牵头站所，其余站所为配合站所 / 第一个站办所), a
# bureau's or a party body's its sections and offices (排在第一位的科室为牵头科室 / 排名第一的股室为牵头股室)
RULE_BODY_KINDS = ("单位", "部门", "站办所", "站所", "办所", "科室", "股室", "处室", "部室")
# a town names its bodies 站所（办） / 科室（中心）: the kind of body a rule speaks of, with the bodies of other kinds it
# takes in written in a bracket after it (其余站所（办）为配合单位); the words such a bracket holds, parted by 、
RULE_BODY_KIND_BRACKET_WORDS = ("办", "所", "站", "室", "科", "股", "处", "中心", "队")
# a school's grade inside its name (某市中医药高等专科学校, 某县中等职业学校): 等 there is no "and so on" closing a list
SCHOOL_GRADES = ("高等", "中等", "初等")
# "其他为配合单位", "其余单位为协同单位": the others support
# (…有两个的，排在第一位的为牵头单位，另一个为配合单位: a rule counting two names the second "the other one")
OTHERS = ("其他", "其余", "其它", "其后", "另一个", "另外一个", "另一家")
# the second of two units named by its place where a rule's second half gives the others' role (前者牵头、后者配合 /
# 第一个为牵头站所，第二个为配合站所 / 排名第二的为配合单位): a cell of such a table holds two units at most, the second
# being all the others. Read in positional rules only (parse.rules), and only before a support role word: 后者 / 第二个
# are ordinary words of running text. A bare 第二 counts as a place only after a verb of place (排第二 / 排名第二的).
SECOND_POSITION = ("后者", "后一个", "后一家", "第二位", "第二个", "第二家")
# the places above that are ordinary words of running text as well: a task's sentence says 建立甲局和乙局联动机制，前者
# 牵头，后者配合 of one mechanism, no rule for the plan's lists. They state a rule only where the words speak of the
# lists (parse.rules._speaks_of_the_lists: a note line, a bracket saying 下同, a sentence naming the brackets, a column
# or a count of units); 排在第一位的 / 第一个 say so by themselves
PLACES_OF_RUNNING_TEXT = ("前者", "前一个") + SECOND_POSITION
SECOND_RANK = "第二"
SECOND_RANK_VERBS = POSITION_VERBS + ("排",)
# how the others of a positional rule do their part, between them and their role word (其他单位按职责分工配合 /
# 其余单位积极配合 / 其他部门和单位按职责分工负责): the manner leaves the role word's role
OTHERS_ROLE_MANNERS = ("按职责分工", "按职责", "分别", "共同", "积极", "密切")
# how the others open their part in a duty list written with no colon (其他有关部门按照各自职责，配合做好… /
# 其他成员单位要… / 其余单位负责…): the clause names them by reference, a task naming no unit
OTHERS_DUTY_OPENINGS = OTHERS_ROLE_MANNERS + ("按照", "根据", "依据", "要", "负责", "配合", "做好")
# the others of a duties list as the rest of a body's members (联席会议其他成员单位：按照各自职责… / 县安委会其他成员单位：…
# / 县防汛抗旱指挥部其他成员单位：…): after any short name, these words name the rest of its members by reference, no
# unit; the body's name may be short or abbreviated (安委会, 防指, 食安委), so its kind is not asked
# (parse.duties.names_the_others)
OTHER_MEMBER_UNITS = ("其他成员单位", "其余成员单位", "其它成员单位")
# the longest name of the body before them read so (a short name: 县防汛抗旱指挥部, 市食品安全委员会)
OTHERS_BODY_MAX_CHARS = 16
# the body the others of a duties list belong to, named before a bare 其他 / 其余 (领导小组其他单位：… / 指挥部其余部门：…):
# a coordinating body's kind, 委员会 among them (县爱国卫生运动委员会其他单位：… / 县安全生产委员会其余部门：…: the rest
# of the commission's member bodies). A department is named 委员会 too (县卫生健康委员会): its own offices after the
# others word (OTHERS_OWN_OFFICES) are no members named by reference, the body before them is the unit
OTHERS_BODY_KINDS = ("联席会议", "领导小组", "工作小组", "指挥部", "工作专班", "专班", "工作组", "委员会")
# the offices inside one body after its name and 其他 / 其余 (县卫生健康委员会其他科室：负责… / 县甲委员会其余处室：…): the
# body's own offices, not the members of a coordinating body; the body answers for the duty, the offices being its
# parts (parse.duties.lead_units reads the body's name alone)
OTHERS_OWN_OFFICES = ("科室", "处室", "股室", "部室", "内设机构")
# A legend pointing at formatting a plain text no longer shows (（加粗的为牵头单位） / 标下划线的为牵头单位，其余为配合单位 /
# 用红色字体标注的为牵头单位): the Word file printed the lead so, the copied text lost it; the lead cannot be told
# (parse.rules.report_lost_formatting_legends says so, and the units keep their labels' roles)
LOST_FORMATTING_WORDS = ("加粗", "粗体", "黑体", "加黑", "下划线", "下画线", "划线", "斜体", "标红", "红色字体", "红字",
                         "红色标注", "标黄", "底纹", "阴影")
# the kind of formatting each of those words names (source/formats/runs.RUN_KINDS): where a .xlsx keeps it, the runs
# printed so are read (parse.rules.apply_formatting_legends); a word not here (标黄, 底纹: a cell's fill) stays lost
FORMATTING_WORD_KINDS = {"加粗": "bold", "粗体": "bold", "黑体": "bold", "加黑": "bold", "下划线": "underline",
                         "下画线": "underline", "划线": "underline", "斜体": "italic", "标红": "red", "红色字体": "red",
                         "红字": "red", "红色标注": "red"}
# a legend's words around the mark it explains (标注★的单位为牵头单位, 带★号的为牵头单位, 加粗的部门是牵头部门): the
# verb writing the mark, the noun of the mark, the noun of who bears it, the verb saying what they are
LEGEND_MARKING_VERBS = ("标注", "标有", "标明", "注明", "标记", "带有", "标", "带")
LEGEND_SIGN_NOUNS = ("符号", "标记", "标识")
LEGEND_UNIT_NOUNS = ("单位", "部门")
LEGEND_COPULAS = ("为", "是", "系")
# "标注“牵头”的为牵头单位，未标注的为配合单位": under the marked-lead rule the others are the names left unmarked
UNMARKED = ("未标注", "未注明", "未标明", "未标记", "未标", "没有标注", "不标注", "无标注")
# 组织 after a body's name leads (VERBS_AFTER_A_NAME: 省X厅组织，各市实施), but not where the bodies organise their own
# part: an activity plan closes an item with 责任单位：县X局牵头，县安委会各成员单位，各乡镇分别组织 — the lead named by
# 牵头, then the bodies each organising the activity in their own field or area. After a lead so named a later clause
# closed by 组织 (分别组织, 具体组织) answers for its part (responsible, as 分别负责 does); 分别组织 / 各自组织 / 分头组织
# (each on its own) make no body lead the others even with no lead named. The verb, and the manner words before it
# that still leave it the bodies' organising of their own part
ORGANISING_VERB = "组织"
OWN_PART_MANNERS = ("分别", "具体", "各自", "分头")
EACH_ON_ITS_OWN_MANNERS = ("分别", "各自", "分头")
# "（以上3项，A、B、C分别负责）": 分别 (respectively) pairs the units listed with the items a covering line counts
EACH_IN_TURN = "分别"
# "A、B分别牵头": each of the units listed leads its part; the exception a positional rule names
# (除标注“分别牵头”外，排在第一位的为牵头单位): the units after such a list, with no verb of their own, are the others
EACH_LEADS = ("分别牵头", "分别负责牵头")
# "A、B分别就甲、乙提供书面材料": 分别 then 就 (on the matter of) before the topics each body takes, the verb after them;
# the units listed each answer for their own topic, as 分别负责 says (read as it). 就 opens other words too (分别就近设置,
# 就地, 就业): no topic mark there
EACH_ON_A_TOPIC = "分别就"
TOPIC_MARK_LOOKALIKES = ("就近", "就地", "就业", "就医", "就学", "就诊", "就餐", "就位", "就绪", "就座")
# "无牵头单位的，责任单位即为牵头单位，下同" / "未明确牵头单位的，责任单位为牵头单位": a task naming only its 责任单位
# has them lead (the cue before 牵头单位 that says the task names none)
NO_LEAD_NAMED = ("无", "未明确", "未列明", "未标明", "未注明", "没有", "未列")
# "责任单位为牵头单位，配合单位要主动配合" / "表中责任单位即牵头单位": a 分解表 plan says once, with no condition, that the
# units under its 责任单位 label or column are the leads: the label words such a statement names (the label as the
# plan writes it over the units), the verbs joining it to the lead word, and the lead words
RESPONSIBLE_COLUMN_WORDS = ("责任单位", "责任部门")
STATED_AS = ("即为", "就是", "即", "为", "是", "系")
LEAD_COLUMN_WORDS = ("牵头责任单位", "牵头单位", "牵头部门")
# a responsible label ranked apart from the plain one (第一责任单位为牵头单位 names a label of its own, and a 直接责任单位
# does the work under it): a statement about it says nothing of the plain 责任单位
RANKED_RESPONSIBLE = ("第一", "直接")
# "排名不分先后": no unit leads because it comes first
NO_ORDER = ("排名不分先后", "排序不分先后", "不分先后")

# ---- duty lists written unit-first (成员单位职责, 职责分工: 一、县应急管理局：负责…) ----
# the role of the unit that heads a duty: it is the subject of every duty sentence after it
DUTY_LEAD_VERB = "负责"
# a heading naming a kind of unit, not one (一、综合监管部门 / 二、行业主管部门 over the members' duties): with no level
# word before it, a name ending so groups units and gives no unit to the duties under it
DUTY_CATEGORY_HEADS = ("部门", "单位", "机构", "组织", "群团组织", "成员单位")
# a heading naming whose duties follow (（一）领导小组工作职责 / 2.2.1市防汛抗旱指挥部职责 over numbered duties)
DUTY_HEADING_ENDS = ("主要职责", "工作职责", "职责分工", "的职责", "职责",
                     # a 主体责任 分工 heads the leading body's own block with its name and the responsibility it bears
                     # (（一）局党组集体责任 / 县委主体责任 / 派驻纪检组监督责任 / 县X局主体责任清单) over its duties, as
                     # 局党组职责 does; a heading naming no body (落实主体责任, 压实企业主体责任) gives no unit
                     "集体责任", "主体责任", "监督责任", "主体责任清单", "责任清单")
# a 责任清单 by bearer names each body's share by the kind of responsibility it bears (一、县委宣传部牵头抓总责任 /
# 县委网信办直接责任 / 县X局领导责任 / 监管责任 / 属地责任): the body so named bears every duty under it, as under
# 集体责任. These also close a measure's heading (1.压实党委政府领导责任 / 落实属地管理责任), so the words before them must
# open as a body's name does (县…, 各…); a person before them (县委书记第一责任人责任, 县长领导责任) names no body
RESPONSIBILITY_SHARE_ENDS = ("牵头抓总责任", "统筹协调责任", "牵头责任", "直接责任", "领导责任", "管理责任", "监管责任",
                             "属地责任", "指导责任", "主管责任")
DUTY_HEADING_ENDS += RESPONSIBILITY_SHARE_ENDS
# ---- a block heading naming people, not a body: a 责任清单 by bearer splits a bodies' section (三、县直各部门和各乡镇
# 党委主体责任) into blocks by bearer, some of them people ((二）党委书记 / （三）分管负责同志和班子其他成员 /
# 主要负责同志第一责任人责任); a person's duties name no unit, so the section's bodies do not reach them. Posts only,
# whole words closing the heading (领导 alone is left out: 加强组织领导 is a topic) ----
PEOPLE_HEADING_ENDS = ("书记", "副书记", "负责同志", "负责人", "班子成员", "其他成员", "主要领导", "分管领导",
                       "领导干部", "第一责任人", "责任人", "一岗双责")
# the words closing such a heading after its bearer (党委书记职责 / 第一责任人责任), taken off before the test above,
# in this order: where both close it, 责任 stands before 职责
PEOPLE_HEADING_DUTY_WORDS = ("职责", "责任")
# ---- the kind of responsibility a 责任清单 by bearer prints after the bearer in its 责任主体 cell, bracketed, on the
# cell's second line or glued (局党组（集体责任） / 党组书记⏎（第一责任人责任） / 班子其他成员（“一岗双责”） / 机关纪委监督责任
# / 各事业单位（具体责任）): the share the bearer bears, no part of its name and no other name of a 合署 body. The
# kinds are those the duty headings know (集体责任 / 主体责任 / 监督责任, the shares, the people's 第一责任人 / 一岗双责)
# and the one the offices under them bear (具体责任); a 责任 or 职责 may close a person's kind (第一责任人责任) ----
RESPONSIBILITY_KIND_NOTES = (("集体责任", "主体责任", "监督责任", "具体责任") + RESPONSIBILITY_SHARE_ENDS
                             + ("第一责任人", "一岗双责"))
# ---- a bureau's own 全员 / 岗位 责任清单 (职责清单) heads each block of duties with one of its internal offices, named
# as the bureau names it inside, with no level word (（一）办公室 / （二）安全生产综合协调股 / （七）综合行政执法大队 /
# （三）政策法规股安全生产职责): the office is responsible for the numbered duties under it (duties.give_heading_units).
# A plan is such a list by its title's words; a heading is an office by its last word, after the duty words that may
# close it are taken off (longest first). Posts (局长, 一般工作人员, 驾驶员) end in none of these; 所 / 站 are left out,
# as they end places a list may be headed by (重点场所, 加油站) as often as offices ----
DUTY_LIST_PLAN_WORDS = ("责任清单", "职责清单")
INTERNAL_OFFICE_ENDINGS = ("办公室", "室", "股", "科", "处", "大队", "中队", "支队", "中心")
OFFICE_HEADING_DUTY_WORDS = ("安全生产职责", "安全生产责任", "主要职责", "工作职责", "职责")
# such blocks are offices only where the list says so: its section heading names offices (二、内设机构安全生产责任 /
# 科室职责 / 股室职责), or most duties under the blocks open with a verb of bearing a duty (1.负责… / 承担… / 组织…).
# A list of rooms, projects or places by the same endings (（二）文化活动室 1.配齐图书… / （一）城市大数据中心
# 1.建设… / （一）档案库房及阅览室 1.保持温湿度达标) heads things to equip, build or keep in order, no office
OFFICES_SECTION_WORDS = ("内设机构", "机构职责", "股室", "科室", "处室")
OFFICE_DUTY_OPENINGS = ROLE_VERBS_OPENING_A_SENTENCE + BORNE_DUTY_VERBS + ("组织", "指导", "督促")
# a block heading naming a kind of organ alone, no place, level or sector before it (（一）党委（党组）集体责任 under
# 五、县直各部门和各乡镇党委（党组）主体责任): it refers back to the bodies of that kind its section heading names, whose
# organs they are; it is no body of its own (duties.give_heading_units)
BARE_ORGAN_KINDS = PARTY_COMMITTEE_HEADS + ("党支部", "党总支", "党组织", "基层党组织") + LOCALITY_HEADS
# a heading over the units' shares of the work (五、工作分工 / 责任分工 / 任务分工 / 部门分工): activity plans and 实施方案
# close so with one paragraph a unit and no number (市公安局：负责…), as a duties heading holds them; these name no
# unit, so they are no DUTY_HEADING_ENDS (a heading X职责 names X), only what announces such paragraphs; 实施方案 title
# that part by the departments' responsibility as often (四、部门责任 / 明确部门责任 / 压实单位责任), over the same
# paragraphs
DIVISION_HEADING_ENDS = ("工作分工", "责任分工", "任务分工", "部门分工", "部门责任", "单位责任")
# the same words set alone on an unnumbered line, in 【】 or before a colon (【责任分工】 / 责任分工：), after the numbered
# measures of a 专项 or a part: a sub-head over that part's duty paragraphs, one a unit (市X局：负责…), as a numbered
# heading over them is (items._label_unnumbered_duties)
DIVISION_LABEL_LINE_WORDS = DIVISION_HEADING_ENDS + ("职责分工",)
# the verbs a duty opens with after its unit (综合办公室负责… / 县水利局承担…): a paragraph so is a duty written unit-first
DUTY_VERBS = ("负责", "承担", "牵头", "归口管理", "主管")
# what a unit-first duty says its body is before the body's verb (县X局是安全生产综合监管部门，负责… / 县X局为牵头单位，
# 负责… / 县X局作为行业主管部门，负责…): the lead department's paragraph is often written so; longest first
DUTY_IDENTITY_MARKS = ("作为", "是", "为")
# the modal a unit-first duty list writes after some of its units' names in place of their verb (县委宣传部要加强…,
# 各乡镇人民政府要切实履行属地管理责任…, 县公安局应依法打击…), beside its `X负责…` paragraphs; longest first
DUTY_LIST_MODALS = ("应当", "要", "应")
# words a modal's character opens that are no modal (县政府应急办要…, 县X局应对…工作组, 县X中心应用…): a body's name or an
# action running on after it; the modal is looked for only where none of these is written
MODAL_LOOKALIKE_WORDS = ("应急", "应对", "应用", "应变", "应答", "应届", "应征", "应聘", "应邀", "应收", "应付",
                         "要素", "要点", "要件", "要害",
                         # (从而, "thereby": no 从 of where the body takes its work from, CLAUSE_SUBJECT_VERBS)
                         "从而")
# the words of a collective naming no particular body (各级各部门, 各有关部门和单位, 各成员单位, 各部门、各单位): before a modal it
# opens a list's closing exhortation (各级各部门要高度重视…), no unit's duty
# (ADDRESSED_COLLECTIVES reads 各成员单位要… as a unit where a minutes' or schedule's item addresses them; in a duty
# list, whose items each name one body, the same words after its items close it, no item)
GENERIC_COLLECTIVE_WORDS = ("各级", "各", "有关", "相关", "成员", "部门", "单位", "和", "、")
# the title of members' duties issued as a document of their own (某市禁毒工作联席会议成员单位职责 /
# 某县…领导小组成员单位职责分工 / 某区…部门职责分工): it names no kind of plan (方案, 要点), yet a 联席会议 or 领导小组 notice issues it beside the
# year's 要点, as a plan of its own whose unit-first duties are its tasks (source.read reads it as a title only before such
# duties, and only with the name of whose members before these words)
DUTY_TITLE_ENDS = ("成员单位职责", "成员单位工作职责", "成员单位主要职责", "成员单位职责分工", "部门职责分工", "部门职责",
                   "职责分工")
# a table column of duties (序号 | 成员单位 | 主要职责): its rows are the tasks of the bodies in the unit column
TABLE_DUTY_HEADS = ("职责",)
# a role column whose name ends in its duties (乡镇（街道）配合职责, 县级主责部门及职责, a 履职事项清单's columns) holds duty
# text, not names: the body named before the role word takes that role in each row (乡镇（街道） supports), or, named by
# no body, the bodies heading the cell's clauses do (县X局：负责…); the cell's text is the row's duty (rows.py)
# A 三级 / 五级 责任清单 heads its columns by the level whose bodies act (县级责任 | 乡镇责任 | 村级责任), each cell that
# level's duty sentences naming their doers (县X局牵头，县Y局配合 / 各乡镇负责…): a role column of duty text too, its bodies
# the subjects of the cell's own sentences (read by their verbs, as anywhere)
TABLE_ROLE_DUTY_ENDS = ("职责", "责任")
# the levels such a column is named by (乡镇 / 村 as well as the scopes of UNIT_SCOPES)
TABLE_DUTY_LEVELS = UNIT_SCOPES + ("乡镇", "乡镇级", "乡镇（街道）", "街道", "村", "村级", "社区", "村（社区）")
# a text column beside the role columns writing each unit's duty as a clause (序号 | 事项 | 主责部门 | 配合部门 | 职责边界:
# 市X局负责…；市Y局负责…): its cell is the units' own sentences, read as the task's text with no column label before them
TABLE_DUTY_TEXT_HEADS = ("职责边界", "职责描述", "职责划分", "职责分工", "具体职责")
# a sector's department named without a level before its duties (1.河务部门。组织… / 2.气象部门。负责…)
DUTY_SECTOR_HEADS = ("部门",)
# how the name of a body opens, beyond NAME_OPENINGS and a place name ending in a level word (柳河县…): a duty's lead word
# opens so, where a heading sentence ending like a name (建设创新平台。/ 构建…工作格局：) does not
# a bureau's (a commission's, a company's) own plan names its own organs by the body's kind alone and the organ's head
# (局党组, 委党组, 厅机关, 公司党委), no level word before them: a heading so (（一）局党组) names whose duties follow
OWN_BODY_KINDS = ("局", "厅", "委", "院", "办", "中心", "公司", "集团")
OWN_ORGAN_HEADS = PARTY_COMMITTEE_HEADS + ("党支部", "党总支", "机关")
DUTY_LEAD_OPENINGS = NAME_OPENINGS + ("国网", "国家电网", "团", "共青团", "人民银行", "武警", "消防救援", "海关", "民航",
                                      "铁路", "邮政", "气象", "税务", "军分区", "人武部", "驻")
# a state-owned body's name opens with its ownership, no level word (国有白石林场, 国营红旗农场): a 预案's duty list names
# the forest farms and farms in its area so (国有白石林场、青峰林场：负责…), after the county's bureaus and towns
STATE_OWNED_OPENINGS = ("国有", "国营")
# how a company's registered name ends (青溪华润燃气有限公司, 某某水务集团有限公司): a duty list names the local gas, water or
# power company so, opening with a place name and no level word; the legal form makes the whole a body's name
COMPANY_FORM_ENDINGS = ("有限公司", "有限责任公司", "股份公司", "集团")
# an enterprise's registered legal form (某县天成食品有限公司, 某县黑木耳专业合作社): a 包联企业 list names in its 企业名称
# cell the enterprise served, the row's object, before the service (推进… / 落实…) the units named with it carry out
ENTERPRISE_LEGAL_FORMS = ("有限公司", "有限责任公司", "股份公司", "合作社")
# the verbs opening a body's own duty after its name (某县燃气有限公司。负责管网巡查): a role it takes, not a service
# done for it (落实 / 推进 / 指导 open a 包联 row's 服务事项 as well as a duty)
OWN_DUTY_OPENINGS = ("负责", "牵头", "配合", "协助", "承担", "主办", "承办")
# an enterprise's name ends so (国网某市供电公司, 某市水务集团): written whole it opens with a place or a brand, not a
# level word, and stands as a duty clause's subject as a bureau does (国网某市供电公司配合做好供电保障)
ENTERPRISE_NAME_ENDINGS = ("公司", "集团")
# bodies of a town's ground named after the village, community or town they serve, with no level word before them
# (双河村村民委员会, 双河村委会, 新华社区居民委员会, 青石派出所, 城关司法所, 白沙卫生院): written whole they stand as a
# duty clause's subject as 镇水利站 does (…，双河村村民委员会配合 / 城关派出所负责校园周边巡逻). A committee's ending
# holds its village or community (X村村民委员会), so 宣传村民委员会组织法 names none.
PLACE_NAMED_BODY_ENDINGS = ("村村民委员会", "社区居民委员会", "村委会", "居委会", "派出所", "司法所", "卫生院", "供电所",
                            "中心学校")
# a town's own bodies named after the town (凤栖镇人民政府, 河西街道办事处): the kinds of town and their bodies' endings
TOWN_KINDS = ("镇", "乡", "街道")
# the levels below a heading's bodies that carry its work out on the ground (各镇 / 各街道 / 各乡（镇） / 各县（市、区） /
# 各村 / 各社区): an item naming only these as implementers (（各街道落实）) still takes its heading's lead
# (generator.parse._units_to_items_naming_none); a same-level bureau named so (（区城管局落实）) answers for the item
LOWER_LEVEL_KINDS = TOWN_KINDS + ("县", "市", "区", "村", "社区", "旗")
# the same written bare, sharing a list's 各 (各镇、街道落实)
LOWER_LEVEL_BARE = TOWN_KINDS + ("乡镇", "镇街", "村", "社区")
TOWN_BODY_ENDINGS = ("人民政府", "政府", "办事处", "党委", "党工委")
# a town or street named bare by its place (城关镇, 江滨街道): in a list of units' duties (城关镇：负责…) its government or
# street office; the letters of the place before the kind, and the kinds of town a plan's words speak of, which name none
# (重点镇, 中心镇, 各乡镇: the same opening words as a village's, NOT_A_VILLAGE_PLACE; 全县乡镇, 小城镇, 建制镇: the
# place's last words. A town's place may end in 城, 东城街道, as a village's may not)
TOWN_NAME_LETTERS = (2, 4)
NOT_A_TOWN_PLACE_ENDS = ("乡", "小城", "建制", "小")  # 云溪小镇: a 特色小镇, a brand or platform, no town
# words before 镇/乡/街道 that say which town a duty falls to, not its name (属地街道：负责…, 辖区乡镇, 所属街道, 当地镇):
# the town where the thing is, whichever it be; with NOT_A_VILLAGE_PLACE's openings (所在, 相关, 有关, 各 …) no
# town named bare (names.town_named_bare)
NOT_A_TOWN_PLACE = ("属地", "辖区", "所属", "当地", "本地", "涉事", "责任", "对口", "下辖", "邻近", "毗邻")
# a village or community named bare by its place (石塘村, 沙湾村, 渔港社区): a town's plan names the village's committee
# so, as the subject of a closing clause (…，石塘村、沙湾村落实) or the body a duty is written under (1.山口村：负责…);
# the kinds of village a plan's words speak of (行政村, 示范村, 城中村) are no village's name: the place before the
# kind opens with none of these, nor ends in a word of the countryside (美丽乡村, 新农村)
VILLAGE_KINDS = ("村", "社区")
VILLAGE_NAME_LETTERS = (2, 4)  # letters of the place before the kind
NOT_A_VILLAGE_PLACE = ("行政", "自然", "贫困", "脱贫", "示范", "重点", "试点", "中心", "美丽", "城中", "城郊", "城市",
                       "农村", "城乡", "和谐", "文明", "平安", "先进", "后进", "薄弱", "涣散", "软弱", "空心", "搬迁",
                       "安置", "老旧", "新型", "特色", "传统", "周边", "沿线", "所在", "涉及", "相关", "有关", "各",
                       "本", "该", "所有", "其他", "其它", "社区")
NOT_A_VILLAGE_PLACE_ENDS = ("乡", "农", "城", "度假")  # 美丽乡村, 新农村, 龙湖度假村 (a resort, a business)
# a list of what to focus on (重点场所：… 重点单位：…), not of bodies
FOCUS_LIST_WORDS = ("重点", "主要", "各类", "相关")
# verbs a task's heading opens with (建设乡镇应急服务站：…, 打造县域商业中心。): a lead word opening so is no body's name
DUTY_NOT_LEAD_STARTS = ("建设", "培育", "推广", "构建", "打造", "实施", "优化", "促进", "发展", "规范", "整治", "完成",
                        "谋划", "统筹", "创建", "深化", "巩固", "保障", "服务", "探索", "扩大", "实现", "争创",
                        # 做强县级医院 / 做优市级平台: making a thing stronger, a measure's heading
                        "做强", "做优", "做大", "做精",
                        *FOCUS_LIST_WORDS,
                        # a 民生实事 project named by what is built (改扩建乡镇卫生院3所。/ 新建县第二小学。): a project,
                        # though it ends like a body's name
                        "新建", "改扩建", "改建", "扩建", "新改建", "改造", "新增", "建成", "启动", "开工", "迁建", "修建", "升级")
# stems of bodies' names that open with one of those verbs: a national department named without its level heads its
# duties so in a 联席会议制度's 成员单位职责 (发展改革委：负责…, 服务业发展局：…), a body, not a heading sentence
DUTY_LEAD_NAME_STEMS = ("发展改革", "发展和改革")
# what may follow a place's name keying a part of an annotation to that place: a joint plan of two provinces names
# each party's units in one bracket under its name (（甲省方面：A、B；乙省方面：C） / （甲省：A；乙省：B负责）); the
# key is the place, no unit and no role (parse/annotations/groups.py)
JURISDICTION_KEY_ENDINGS = ("方面",)
# a side of a cooperation keying its units by its one- or two-character short name and 方 (（粤方：省科技厅；港方：创新科技
# 及工业局） / （闽方：X；台方：Y） / （甲方：A；乙方：B）): plans of two regions' cooperation write each side so, as joint
# plans of two provinces write 甲省：; the key is a side, no unit and no role (parse/annotations/groups.py). The words so
# ending that name no one side (各方, 双方, 有关方, 地方) key nothing
PARTY_KEY_ENDING = "方"
NOT_PARTY_KEYS = ("各方", "双方", "多方", "三方", "四方", "第三方", "有关方", "相关方", "对方", "地方", "官方", "前方", "后方",
                  "配方", "处方", "药方", "一方", "他方", "其他方")
# the count of places a joint body's name gives after their one-letter abbreviations, parted by 、 (东、西两省河长制办公室,
# 甲、乙、丙三省交通运输厅, 东、西两市): the numerals (两 as well as 二) and the kinds after them (地: 两地, 三地); the 、
# there is inside one name (parse/annotations/name_lists.py)
PLACE_COUNT_NUMERALS = "两二三四五六七八九十"
PLACE_COUNT_KINDS = ("省", "市", "县", "区", "州", "地")
# words ending in a level character that are no place name (建设城市运行平台, 打造智慧园区): not the opening of a body
NOT_PLACE_WORDS = ("城市", "城区", "城镇", "都市", "超市", "园区", "景区", "社区", "辖区", "片区", "山区", "市区", "郊区",
                   "城乡", "集镇", "小镇", "省市", "全省", "全市", "全县", "全区", "本市", "本县", "本省", "本区")

# the kinds of area a task's work is split by before 由, each with the bodies doing it there (城区由县X局负责，农村地区由
# 各乡镇人民政府负责 / 主城区由…，郊区由…): the area is where the work is done, no body, though it ends as a place's
# name does; the bodies come after 由 (generator.parse.annotations.groups._after_topic)
AREA_TOPIC_ENDINGS = ("城区", "地区", "农村", "乡村", "城镇", "郊区", "山区", "景区", "园区", "镇区", "建成区", "片区",
                      "辖区", "市区", "集镇", "城市")

# words that point back at units already listed (未明确牵头单位的,由所列负责单位按职责分工负责): a note about the
# list, never a unit of its own
BACK_REFERENCES = ("所列", "上述", "以上", "前述", "上列")
# the part of a document a reference back names before its 所列 (清单所列牵头部门, 表中所列协同部门, 附件所列各牵头单位):
# a plan's body pointing at its attached list's role columns, whose rows carry the units; the part may carry its
# number and 中 / 内 (附件一所列, 清单中所列)
BACK_REFERENCE_PARTS = ("清单", "表中", "表内", "上表", "本表", "附表", "附件", "名单", "目录")

# what opens a line speaking for the items above it, written after the last of them: （以上由X牵头，Y落实） /
# 上述任务由X负责 / 以上两项责任单位：X；配合单位：Y / （以上三项）责任单位：X. The count (两项, 三项, 2项) says how many
# items the line covers, the one it closes among them; without one it covers every item above naming no unit.
# A 规划's 任务分工 lists a field's 主要目标 and closes them so too (以上目标责任单位：X、Y / 以上指标…): the kinds of
# items name them
ITEMS_ABOVE_OPENERS = ("以上", "上述", "本部分", "本节")
ITEMS_ABOVE_COUNT_WORDS = "两二三四五六七八九十"  # (digits are read too)
ITEMS_ABOVE_KINDS = ("工作", "任务", "措施", "内容", "事项", "目标", "指标")
ITEMS_ABOVE_SCOPE = ("(?:[(（]\\s*)?(?:" + "|".join(ITEMS_ABOVE_OPENERS) + ")(?:各项|几项|(?P<count>\\d+|["
                     + ITEMS_ABOVE_COUNT_WORDS + "]+)项)?(?:" + "|".join(ITEMS_ABOVE_KINDS) + ")?[)）]?")

# what opens a line under a part's heading, before its items, speaking for them all (本部分任务均由X牵头，Y配合 /
# 以下各项任务由X负责 / 本节工作责任单位：X): the part's own items, as the same line after them (ITEMS_ABOVE_OPENERS)
ITEMS_BELOW_OPENERS = ("本部分", "本节", "以下", "下列")
ITEMS_BELOW_SCOPE = ("(?:[(（]\\s*)?(?:" + "|".join(ITEMS_BELOW_OPENERS) + ")(?:各项|几项)?(?:"
                     + "|".join(ITEMS_ABOVE_KINDS) + ")?(?:均|都)?")

# ---- a note naming a body that does every task of a scope, stated once instead of in each task (注：各区（县）人民政府为
# 本行动各项任务落实单位，不再逐项列出。 / 以上任务各乡镇人民政府均为责任单位。 / 本方案各项任务均由各县（市、区）人民政府
# 落实): parse/every_task_note.py. The scope words say which tasks: the plan's, the part's the note stands in, those
# above or below it in that part; with none, the part the note stands in (or the plan, outside every part) ----
EVERY_TASK_PLAN_SCOPES = ("本实施方案", "本工作方案", "本方案", "本计划", "本清单", "本要点", "本措施")
EVERY_TASK_PART_SCOPES = ("本专项行动", "本行动", "本部分", "本节", "本章", "本篇", "本专项", "本类", "本板块", "本领域",
                          "本专题", "本组")
EVERY_TASK_ABOVE_SCOPES = ("以上", "上述")
EVERY_TASK_BELOW_SCOPES = ("以下", "下列")
# the words for every task of the scope (各项任务, 所有工作, 重点任务); a note naming one role of a unit without them
# (各县（市、区）人民政府为落实单位) fixes that unit's role where it is listed (rules.NamedUnitsRole), no more
EVERY_TASK_QUANTIFIERS = ("各项", "所有", "全部")
EVERY_TASK_KINDS = ("重点任务", "工作任务", "任务", "工作", "措施", "事项")
# 由X落实 in such a note: the body carries out every task of the scope, beside the units each task names (a 负责 or
# 牵头 line under a part's heading gives its units only to the items naming none: parse._give_part_lines_to_their_items)
EVERY_TASK_DO_VERBS = ("负责落实", "具体落实", "组织落实", "抓好落实", "落实", "组织实施", "具体实施")

# the last words of a thing a task builds that end a body's name as well (建设再生水利用示范平台: 平台 ends like 气象台;
# 打造区域医疗中心, 建设物流园区, 设立户外劳动者服务驿站): a narrow task column wrapping the title leaves such a word on
# the line before the unit cell, reading as a name with no place before it
BUILT_THING_ENDINGS = ("平台", "中心", "园区", "驿站", "服务站", "工作站")

# ---- verbs a target opens with, saying what is to be built or issued (建成市公共数据开放平台, 上线X系统, 出台Y办法) ----
# a year's or a stage's target under 进度安排 / 年度目标 names the thing done, whose last word may end a body's name (平台
# ends like 气象台, 中心 like a body's 中心): opened by one of these it is a target, never a body. No body's name opens
# so (新建 and 建设 do: 新建区, 建设银行, so they are not here)
TARGET_DONE_VERBS = ("建成", "上线", "出台", "印发", "完成", "形成", "实现", "制定", "开通", "投用", "投入使用", "搭建",
                     "发布", "推出", "达到", "累计")

# ---- how a review of past work goes on after the clause of who did it (X牵头，Y配合，完成了… / …，开展了…) ----
# A 工作总结 says who did the work with the same lead/support clause a plan uses, but the sentence goes on with what
# was done: a verb marked past by 了 within its first words (开展了 / 组织开展了), or a word reporting it done or counted
# (完成 / 实现 / 累计 / 先后). Under a review's heading such a clause is the review's narration, not a duty.
REVIEW_DONE_OPENINGS = ("完成", "圆满完成", "顺利完成", "全面完成", "实现", "建成", "累计", "先后", "已")
# 共 / 全年 report work counted only before a number or a word of it done (共12次 / 全年完成 / 全年累计): 共同推进… is
# work still to do, and 全年开展巡河10次 reads as a plan's yearly target as often as a review's count
REVIEW_COUNTED_OPENINGS = ("共", "全年")
REVIEW_COUNT_DIGITS = "0-9０-９一二三四五六七八九十百千万两"
# how many characters a past-tense verb (组织开展了) may run before its 了
REVIEW_PAST_VERB_SPAN = 6

# ---- the conjunctions a title's first half may be broken after (…2026年工作总结和 / 2027年工作计划) ----
# A 总结和计划 (总结暨计划) title broken by hand leaves its joining word at the end of the first line: a line ending in
# one cannot stand alone, whatever the next line holds (a year too)
TITLE_BREAK_CONJUNCTIONS = ("和", "及", "与", "暨")

# ---- sentences that tell someone to act: a task, not a list of units ----
ACTION_STARTS = ("督促", "推动", "指导", "要求", "组织", "鼓励", "支持", "引导", "加强", "强化", "落实", "开展", "推进",
                 "确保", "各地要", "切实", "接受", "移送")

# prepositions a task's sentence opens with (对…实行…办理, 在…推行…, 将…纳入…): a clause opening so says what is done
# to what, and is no body's name even where its last word ends one (…分阶段办理: 段 ends 公路段); 对外 opens names
# (对外联络部), so 对 counts only before other words
TASK_PREPOSITIONS = ("对(?!外)", "在", "将", "把", "向", "从")
# the modal after a sentence's subject (各乡镇、各有关单位要加强…, X应当建立…, X必须…): names followed by one and a verb
# are a sentence with its subject (the plan's closing words), not more names of a unit list; longest first
SUBJECT_MODALS = ("必须", "务必", "应当", "需要", "要", "应", "须", "需")
# the modal of a notice's demand after the bodies carrying it (市A局、市B局要加强…): a 关于做好…工作的通知 writes a
# paragraph of its requirements so, one body's duty each, with no bracket (items._subject_paragraph)
NOTICE_DEMAND_MODALS = ("要",)

# ---- words of setting a body up: a sentence ending "…建立工会组织。" / "…建立团组织。" tells someone to set one up;
# 组织 there is the noun, and the words before it are no body's name (no units' sentence holds them) ----
SETTING_UP_WORDS = ("建立", "成立", "组建", "设立", "筹建", "建起")
# the verbs of setting a body up, with 组成 (form one out of several: X会同Y组成督导组): the lead and its partners set up
# the group named after the verb, so the partners' names end before it (X会同Y成立专班开展…: Y, not Y成立专班, whose
# 班 ends like a body). 组成 is kept out of SETTING_UP_WORDS, whose readers take any text holding it for no name, for it
# is a word of names too (政府组成部门); a partners' clause tells that name by the body's ending right after the verb
# (annotations.finders.SubjectWithPartners._partners)
BODY_FORMING_VERBS = SETTING_UP_WORDS + ("组成",)

# ---- verbs a target column's cell opens with (目标要求 / 工作目标): what is to be done, created or won (创建“五星级”服务站,
# 争创省级文明村, 开展演出20场); such a cell may end a clause with the body it creates (…退役军人服务站，走访慰问全覆盖) and
# read as units; these words open no body's name but a campaign's office (创建办, a unit the fitting tells by its length;
# 组织 and 建设 open names: 组织部, 建设银行, so they are not here)
TARGET_OPENING_VERBS = TARGET_DONE_VERBS + SETTING_UP_WORDS + ("创建", "争创", "创成", "开展")

# ---- a ditto cell saying more than the mark (同上 / 〃 followed by a change): the cell above, changed ----
# Older offices write a unit cell as the list above plus a few (同上，增加X、Y / 同上，另加X配合), less one (同上（X除外）
# / 同上（不含X）), or with its role stressed (同上（牵头）); the sheet's 注 says 〃 and 同上 repeat the row above.
# The words opening the added units (never a unit's name: 增加各乡镇人民政府 is the 乡镇 added)
TABLE_DITTO_ADDITION_WORDS = ("增加", "另加", "加上", "外加", "再加", "另增加", "再增加", "并增加")
# the words striking units from the list above: before them (不含X), or after them (X除外)
TABLE_DITTO_EXCLUSION_OPENINGS = ("不含", "不包括", "除")
TABLE_DITTO_EXCLUSION_ENDS = ("除外",)
# the role a ditto's bracket or an addition's closing verb names, by the kind of column it stands in: 同上（牵头） in a
# 牵头单位 column, 另加X配合 in a 配合单位 one; a role not the column's is not guessed at (the reading says so)
TABLE_DITTO_ROLE_WORDS = {"lead": ("牵头", "主责", "牵头负责"), "support": ("配合", "参与", "协助", "协办", "配合参与"),
                          "responsible": ("负责", "责任"), "implement": ("实施", "落实", "负责")}

# ---- what a unit name never starts with: after a label, a piece starting so is the label's text run on ----
# (牵头单位:持续推进专项整治 / 配合单位:按要求做好配合工作): no unit is invented from it, and the reading says so
# 向所在区（县）…提出申请 / 向所属部门报告: after a preposition 所 opens 所在 / 所属 (where the actor belongs), never the
# 所 ending a body's name (派出所, 司法所): a name cut there before a verb (在) is words of a sentence
PREPOSITIONS_BEFORE_RELATIVE_SUO = ("向", "到", "经", "从", "对", "至")
# verbs pressing a duty onto those who bear it (1.压实平台主体责任。 / 夯实企业主体责任 / 压紧压实属地责任 / 扛牢政治责任):
# a measure's heading opening so says whose responsibility the plan tightens, the party after the verb its object (a
# platform, an enterprise), no body answering for the task; 落实 is an ACTION_START already
DUTY_PRESSING_VERBS = ("压实", "压紧", "夯实", "扛牢", "扛起", "压细")
NOT_A_NAME_STARTS = ACTION_STARTS + ("持续", "进一步", "全面", "深入", "按要求", "按照", "根据", "做好", "完善", "建立",
                                     "健全", "提升", "提高", "及时", "定期", "严格", "着力", "继续", "加快", "抓好",
                                     # a duty's own help to another body (配合镇人居办开展…, 积极参与所在村…): the
                                     # body helped is the object, the words no name
                                     "配合", "协助", "协同", "参与", "积极",
                                     # (联合X开展…: the body the work is done with, JOINING_VERBS; a name holding
                                     # 联合 has it further on, 县供销合作社联合社 / 市妇女联合会)
                                     "联合",
                                     # (促进各级党委政府落实…: the plan urging the bodies, which are its object)
                                     "促进",
                                     # (增加X / 另加X: a ditto's addition, 同上，增加各乡镇人民政府; the units added)
                                     *TABLE_DITTO_ADDITION_WORDS,
                                     # (压实平台主体责任: a measure's heading tightening a bearer's duty)
                                     *DUTY_PRESSING_VERBS)
# the plan's modal opening a label's line that goes on with what the bodies must do (相关单位：要高度重视，认真组织实施):
# after a label no name (应 alone is not one, 应急管理局 opens with it); elsewhere a body's 要 follows its name
LABEL_RUN_ON_MODALS = ("要", "应当", "必须", "务必")

# ---- people listed among the units: a town plan's 责任单位：各村（社区）、包村干部 names cadres, not a body ----
# (a name ending so is not read as a unit, and the reading says so)
# (地质灾害群测群防员, 监测员, 巡查员, 巡护员: the monitors and patrollers a drill or a hazard plan names beside the
# villages, people taking part, never a body)
PEOPLE_ENDINGS = ("干部", "网格员", "信息员", "联络员", "安全员", "护林员", "保洁员", "监督员", "协管员", "人员", "党员",
                  "群防员", "监测员", "巡查员", "巡护员",
                  "群众", "村民", "居民", "志愿者", "书记", "村长", "镇长", "县长", "区长",
                  # splits of a government work report name the leader answering for a task inside the list itself:
                  # (张某同志牵头，…), (市政府分管领导牵头，…), (王某副市长牵头，…): a person, never a unit
                  "同志", "领导", "市长", "省长", "州长", "秘书长", "主任", "常委",
                  # leaders named by post before the departments, as provincial 分工意见 write (分管副省长、协管副秘书长负责,
                  # 省X厅牵头; 市领导): the post answers for the task, the departments do it
                  "厅长", "局长", "部长", "主席", "助理",
                  # the military leaders a city's party committee counts among its members (市委常委、某军分区政委 /
                  # 司令员): the commissar or commander of a body, never the body (某军分区政治工作处 is one)
                  "政委", "司令员",
                  # a bureau's, a school's or a hospital's own plan lists the people in charge among its offices
                  # (各科室负责人, 分管领导, 各学校校长, 班主任): people, not units
                  "负责人", "负责同志", "科长", "股长", "所长", "站长", "校长", "院长", "园长",
                  "教师", "班主任",
                  # the chiefs of the river, lake, forest, field and road chief systems (各级河长, 县级林长, 村级田长) are
                  # officials answering for a stretch of land or water; their offices (县河长办, 市林长制办公室) are units
                  "河长", "湖长", "林长", "田长", "路长", "湾长", "网格长",
                  # the residents and officers a 街道 or a village names among its bodies in grassroots work (楼栋长,
                  # 单元长, 党员中心户, 居民代表, 社区民警, 驻村工作队员, 村“两委”成员, 网格指导员): people, never units
                  "楼栋长", "楼长", "单元长", "中心户", "代表", "民警", "队员", "队长", "成员", "指导员",
                  # a village's officers (村民小组长, 村文书, 村防疫员, 报账员, 村会计, 出纳): people; and the full-time
                  # officers and auxiliary police a village or a town names beside its bodies (村计生专干, 禁毒专干,
                  # 驻村辅警, 驻村协警), people as 驻村民警 is
                  "组长", "文书", "防疫员", "报账员", "会计", "出纳", "专干", "辅警", "协警",
                  # the member of a party committee holding a line of its work, whom county 政法 / 统战 / 组织 plans
                  # charge in each township (各乡镇（街道）政法委员, 统战委员, 组织委员, 纪检委员): a post-holder, as
                  # 各村党组织书记 is, never the body (its committee ends in 会: 委员会)
                  "委员",
                  # a procuratorate's or a court's own plan names its leaders and judges beside its 内设机构 (副检察长李某某,
                  # 各基层院检察长为第一责任人, 庭长张某某负责, 审判员): people, never a body (检察院, 审判庭 are)
                  "检察长", "庭长", "审判长", "审判员")

# ---- the post a leader is named by (市委副书记, 市委秘书长, 市人大常委会主任, 市政协主席, 组织部部长): a whole word that
# closes a line of a 牵头领导 cell, never the head of a body's name a column's edge cut (市委农办, 市委办公室 on the next
# line are the 牵头单位). 常委 is left out: 市人大常委 / 会办公室 is a name cut after it ----
LEADER_POSTS = ("书记", "秘书长", "主任", "主席", "部长", "政委", "司令员", "省长", "市长", "州长", "县长", "区长", "镇长",
                "乡长")

# ---- a leader named by post and name inside a clause of units (县领导张某某包联，县X局负责; 市领导王某牵头): 领导
# never stands inside a body's name except before these (县委巡察工作领导小组办公室, 领导机构), so the piece is a person
LEADER_WORD = "领导"
LEADING_BODY_WORDS = ("小组", "机构")
# ---- the verbs posting a leader to a ground (由副镇长张某同志包片，X牵头，Y配合 / 县领导王某挂点，…): a town's or a
# county's plan names the leader over each 片区, village or project before the bodies doing the work ----
LEADER_POSTING_VERBS = ("包片", "包村", "包组", "包联", "包保", "包抓", "挂点", "挂钩", "挂帅")
# ---- a body or its people posted to the ground or the group they answer for, the object written after the verb
# (镇水利站包保河坝村、李家村 / 由镇卫生院包联东村、西村 / 镇派出所包保重点人员 / 班子成员包联企业 / 各包村干部包保到户): a
# town's plan names the one answering before the verb and what it covers after it. A body before the verb is the
# clause's unit (responsible, as the labels 包联单位 / 包保单位 say); the villages, households or people after it are
# its ground, no unit and no people of the task; people before the verb (班子成员, 包村干部) are people ----
POSTING_VERBS_WITH_OBJECT = ("包联", "包保", "挂包", "包抓")
# the 包 system's verbs holding their ground in themselves, closing the clause (班子成员包片，站所包行业，干部包村): the
# same posting, its ground named by the verb
POSTING_VERBS_WITH_GROUND = ("包片", "包村", "包组", "包户", "包点", "包行业")
# the words after a posting verb that make it part of a noun, not a verb and its object (包联单位, 包保责任, 包联工作专班,
# 县项目包联办): a label, a duty or a body's name
NOT_A_POSTING_OBJECT = ("单位", "部门", "领导", "干部", "责任", "工作", "机制", "制度", "办", "专班", "小组", "组")

# ---- a month heading of a plan by month (九月份, 一月份（含寒假）, 七、八月份（暑假）): the word closing it ----
MONTH_HEADING_WORD = "月份"
# ---- the calendar labels a plan by month (or by quarter) may run in before its first item of the period, with a
# colon (一月份：1.… / 二月：4.… / 第一季度：1.… / 全年工作：36.…): a heading of the period, the item after it a task ----
RUN_IN_PERIOD_WORDS = ("月份", "月")
RUN_IN_PERIOD_SPANS = ("全年", "上半年", "下半年", "全年工作", "常态化工作")

# ---- conjunctions opening a clause of an annotation (X牵头，并会同Y、Z落实; 同时由Y负责): no unit's name opens so ----
CLAUSE_CONJUNCTIONS = ("并且", "并", "同时", "而且")

# the verbs that open a leader's portfolio, printed in a bracket beside the leader's post and name in a duty list by
# 班子成员 (（二）党组成员、副局长 李某（分管甲股、乙股）) or a leaders' division of work: the bodies after it are the
# leader's charge, not the units of the duties under the heading (the leader answers for them, the offices may or
# may not do them): a bracket so names no unit, and the reading says so
PORTFOLIO_VERBS = ("分管", "协管")
# ---- the person answering for a task, written in brackets after the unit: 市X局（张某）, 市X委（分管领导：李某） ----
# (duty sheets of a city's 责任分解 name each unit's 分管负责同志 so; the unit is the name before the bracket)
# family names a person's name in such a bracket opens with (the most common, and those sure not to open a word of
# a body's other name: 区, 国, 全, 公 … are left out)
COMMON_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
                   "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                   "温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗"
                   "谷盛曲翁冉骆蓝游辛靳柴鲍喻祁蒲房滕屈饶牟艾尤穆卓缪简车项褚娄窦戚岑景费卜冷晏席卫米柏宗瞿桂佟臧闵"
                   "苟邬卞姬栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝鞠郁胥栗楚鄢谌奚皮粟冼蔺楼闻厉仝郜阚帅屠")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文",
                     "司徒", "端木", "澹台", "南宫", "呼延", "万俟", "闻人")
# characters that end a word of a name or an office, never a person's given name as written in such a bracket
# (（林业）, （黄河办）: a domain or another office, not a person)
NOT_IN_A_GIVEN_NAME = "业务政局办委会部厅处科股组室队所站院校区县市省镇乡村街道心园场馆团社司署关网"
# the posts written before or after such a name, or as the label of it (（分管副局长：王某）, （王某副主任）)
PERSON_POSTS = ("分管负责同志", "主要负责同志", "负责同志", "分管领导", "主要领导", "负责人", "责任人", "联系人", "联络员",
                "副局长", "局长", "副主任", "主任", "副厅长", "厅长", "副部长", "部长", "副处长", "处长", "副科长",
                "科长", "副镇长", "镇长", "副县长", "县长", "副区长", "区长", "副市长", "市长", "书记", "副书记",
                "同志", "组长", "副组长",
                # a village's officers named with the person (村会计王某某, 出纳李某): people as 村文书 is
                "会计", "出纳",
                # the posts of a procuratorate and of a court (检察长王某某, 副检察长李某某, 检察委员会专职委员赵某,
                # 副院长, 庭长张某某, 审判员): a 检察院's or a 法院's plan names its leaders so beside its offices
                "副检察长", "检察长", "检察委员会专职委员", "专职委员", "副院长", "院长", "副庭长", "庭长", "审判长",
                "审判员",
                # the heads of a police or a fire brigade's units (县公安局交警大队 大队长 田某, 消防救援支队 支队长):
                # written after the 大队's name as 局长 after a 局's; without them 大队长 parted as 大队 + 长, a unit
                "大队长", "副大队长", "中队长", "副中队长", "支队长", "副支队长",
                # the chiefs of a chief system (县总林长王某, 县级河长李某, 产业链链长赵某): a 林长制 / 河长制 plan names the
                # leader answering for an area so, by the chief's post and name; the post alone is a person already
                # (PEOPLE_ENDINGS), and with the name after it the two are one person, not a body
                "总林长", "副总林长", "林长", "总河长", "副总河长", "河长", "湖长", "总田长", "田长", "路长", "湾长",
                "链长",
                # a township's head named for all of a county's towns at once (各乡镇人民政府（乡镇长）): a county's duty
                # sheet writes the post the town's head holds after the collective, as （分管领导） after a body
                "乡镇长", "副乡镇长", "乡长", "副乡长")
# a member's seat on a party committee, written in a leader's bracket before the post (陈某（县委常委、常务副县长）):
# a seat, no body, as the posts after it are
COMMITTEE_SEAT_POSTS = ("常委",)
# a note after the person in charge of a unit saying how the person answers for the work (县X局 副局长 许某（分管）,
# 县X局（副局长 潘某，分管）): the person is the unit's deputy in charge of this field; a note on the person, no name
PERSON_CHARGE_NOTES = ("分管", "主管", "具体负责", "分管负责")
# the verbs closing a bracket that names the people of a body acting for it (各党小组（党小组组长具体负责）, 各股室（股室
# 负责人牵头）): the people and their verb are a note on who in the body does the work, no part of the body's name
PEOPLE_ACTING_VERBS = ("负责", "牵头", "落实", "把关", "督促")
# a bracket after an office's name saying where the office sits (领导小组办公室（设在市X局）): a note, not its name
SEAT_NOTES = ("设在", "挂靠", "设于")
# a 议事协调机构's block (（一）县食品安全委员会 / 主要职责：… / 办公室设在县X局。 / 成员单位：…) says which department
# runs the body's office in a sentence opening with the bare office word: that department carries the body's daily
# work, responsible, as the table column 办公室设在 reads (TABLE_COLUMN_ROLES). A named office (领导小组办公室设在…,
# 联席会议办公室设在…: a plan setting up its own group) is where that office sits, no duty read
OFFICE_SEAT_OPENINGS = ("办公室设在", "办公室设于")
# the end of a standing 议事协调机构's name that ends as a working group's does (县委农村工作领导小组 ends in 组, as
# 综合协调组 does): a heading naming it over its duties (主要职责：…) and its members (成员单位：…) names the body whose
# duties follow, responsible, as a 委员会 or 指挥部 heading does; a working group (综合组, 宣传专班) is made of the
# units its text names and has no body of its own (parse.duties.read_unit_first)
STANDING_GROUP_ENDS = ("领导小组",)
# what a bracket after a body's name ends in when it names the part of a split task the body answers for
# (分办：市X局（政策部分）、市Y行（再贷款部分）): a note, not its name; a bureau's task sheet writes the duty of
# each office so (办公室（应急值守）, 财务科（资金保障）, 信息中心（技术支撑）)
# a town's plan names so the chief system or the line of work each station or office carries (林业站（林长制）、水利站
# （河长制）, 党政办（综治工作）): the part of the task that is its own, no word of its name
PART_NOTE_ENDS = ("部分", "方面", "保障", "值守", "支撑", "报道", "联络", "制", "工作")
# a reserve plan (应急物资 / 粮油 / 医药 储备计划) writes after the enterprise or body holding an item the way the stock is
# held: 某百货有限公司（协议储备）, 某医药公司（产能储备）, 市X局（实物储备）, （委托代储）. The bracket says how the body holds
# it, naming no second body and no word of the name (annotations.name_lists.drop_holding_mode_note); what such a
# bracket ends in:
HOLDING_MODE_NOTE_ENDS = ("储备", "代储", "储存", "收储")
# a row holding several measures (1.…；2.…) may say, in a bracket after each unit, which of them it carries:
# 市X局（第1项）、市Y局（第2项）, （第1、2项）, （牵头第2项）, （第3项配合）. The measure's counter word and the role words that
# may stand beside it in such a bracket (annotations.name_lists.drop_measure_scope_note): no word of the name
MEASURE_SCOPE_COUNTERS = ("项", "条")
MEASURE_SCOPE_ROLE_WORDS = ("牵头", "负责", "配合", "参与")
# what the name of a sector ends in when a task split among the sector regulators names it before each one's body
# (房建市政工程—市住房城乡建设局，交通工程—市交通运输局 / 水利工程：市水利局; 招投标, 工程质量 plans): the sector is
# no word of the body's name
SECTOR_TAG_ENDS = ("工程", "领域", "行业")
# the words labelling a part of the plan itself, numbered (专题一 / 专项三 / 附件2): a master plan with 专题 or 专项
# attachments tags each main task with its part inside the annotation (（专题一，市委宣传部牵头，市委党校配合）);
# the tag names the part, no unit
PLAN_PART_TAGS = ("专题", "专项", "附件", "附表")
# what a count of bodies ends in when it refers back to bodies named elsewhere (由两单位共同主办, 三部门联合): no name
COUNTED_REFERENCE_HEADS = ("单位", "部门", "家单位")
# the head of a body named by post after the body (市公安局局长, 各镇镇长, 各县（市、区）人民政府主要负责同志):
# the body answers for the task through its head; post -> the endings of the bodies it heads
HEAD_POSTS = {"局长": ("局",), "厅长": ("厅",), "部长": ("部",), "处长": ("处",), "所长": ("所",), "站长": ("站",),
              "镇长": ("镇",), "乡长": ("乡",), "队长": ("队",), "行长": ("行",)}
# (主任 is left out: a report's split names the leader so, 市安委会办公室主任配合, as a person beside the units; and so
# are the heads a bureau's or a school's own plan lists beside its offices, 各学校校长, 科长, 股长: people in charge)
# the head of any body: after a body's name, its chief (…人民政府主要负责同志)
HEAD_OF_ANY_BODY = ("主要负责同志", "主要负责人", "主要领导", "主要负责领导")
# …and its party and government chiefs together (各单位党政主要负责人): the pair still heads the body named before
HEAD_PAIR_WORDS = ("党政",)
# deputies of that head answer for the body too (市公安局副局长, 市X委常务副主任)
DEPUTY_WORDS = ("常务副", "副")

# ---- words that open a clause of schedule in an annotation (…按职责分工负责，分年度实施 / 逐年推进 / 年内出台) ----
SCHEDULE_STARTS = ("分年度", "分阶段", "分步骤", "分步", "分批", "逐年", "逐步", "每年", "每半年", "每季度", "每月", "年内",
                   "年底前", "年中", "近期", "中长期", "长期")

# ---- a body's word with no place before it, no name alone: the rest of a locality's name a table's narrow
# column wrapped onto a line of its own (各县（市、区） / 人民政府, 各开发区 / 管委会) ----
PLACELESS_BODIES = ("人民政府", "管委会", "管理委员会", "办事处", "街道办事处")
# a branch's word with no owner before it (中国移动某县 / 分公司, 人民银行某县 / 支行), no name alone: the rest of the
# name a box-drawn cell wrapped at its column's edge
OWNERLESS_BODIES = ("分公司", "子公司", "支公司", "分行", "支行", "委员会")
# a word closing a unit cell's written list (县甲局、县乙大队等): the list is whole at it, so the next line of a
# table is no rest of its last name (table/delimited.py cut_inside_a_name)
UNIT_LIST_ENDS = ("等",)
# a role word closing a clause of a unit cell (市甲局牵头，市乙局配合 / 市丙局负责): the clause is whole at it, so the next
# line of a table (a row under a merged 月份 / 类别 cell, opening with a tab) is no rest of its last name
UNIT_CLAUSE_ROLE_ENDS = ("牵头", "负责", "配合", "协助", "协同", "参与", "落实")
# a role word ending the line after a unit list closed by 等 (县乙局、县丙局等 / 配合, …等 / 按职责分工负责): the listed
# bodies' role, written on in the same unit cell; no 考核内容 sentence ends in one (落实 may: 推动政策落实, left out)
ROLE_WORDS_AFTER_A_UNIT_LIST = ("牵头", "负责", "配合", "协助", "协同", "参与")

# ---- the end of a date a table's narrow 完成时限 column wrapped onto a line of its own (2025年12月 / 底前), the
# column cut before the month's word as well (2025年12 / 月底前) ----
DATE_TAILS = ("底前", "前", "底", "上旬", "中旬", "下旬", "上旬前", "中旬前", "下旬前", "前完成", "底前完成", "完成",
              "月底前", "月底", "月前", "月上旬", "月中旬", "月下旬", "月底前完成")

# ---- deadline cues before an undecorated date (截至6月30日, 完成时限:2024年6月30日) ----
# the time an 整改清单 gives a problem to be put right at once (整改时限: 立行立改 / 立行立改、长期坚持): no date, yet the
# word of the deadline column; a table one cell per line finds where its row ends by it (the leader cell before the
# units' is then kept apart from them, not joined to them as one wrapped name)
# a schedule's time cell spanning its whole period (全年 under 月份; 全月 in a 宣传月 plan's 时间安排, the activity held all
# through the campaign month): the row's time, alone in its cell, no text
WHOLE_PERIOD_TIME_WORDS = ("全年", "全年度", "全月", "全季度")
AT_ONCE_DEADLINE_WORDS = ("立行立改", "立查立改", "即知即改", "即查即改", "边查边改", "立即整改")
# a 完成时限 cell saying the work goes on rather than when it ends (持续推进, 长期坚持, 常态化开展): the word of going on,
# then at most a verb or two of carrying on, and the cell or its clause ends. A 具体内容 line a narrow column wrapped
# may open with the same words (常态化开展危险废物、非法倾倒 / 持续开展执法检查): its object after the verb makes it the
# task's text, no time cell
ONGOING_SCHEDULE_OPENERS = ("常态化", "常态", "长期", "持续", "定期")
ONGOING_SCHEDULE_VERBS = ("推进", "开展", "坚持", "实施", "落实", "执行", "进行", "推动", "跟进", "巩固", "提升", "有效",
                          "监管", "管理", "抓好", "做好", "调度")
# the words joining two such phrases into one schedule (长期坚持并持续推进, 长期推进并定期调度)
ONGOING_SCHEDULE_JOINERS = ("并", "和", "及")
DEADLINE_CUES = ("截至", "截止", "期限", "到") + DEADLINE_LABELS
# a 完成时限 cell deferring to a higher level's schedule instead of a date (按省、市部署推进, 根据上级要求执行): the time
# column's word, though the levels named in it read as bodies
DEFERRED_TIME_OPENERS = ("按照", "按", "根据", "依据")
DEFERRED_TIME_NOUNS = ("统一部署", "部署", "要求", "安排", "时间节点", "进度")
DEFERRED_TIME_VERBS = ("推进", "执行", "落实", "完成", "实施")

# ---- a task table's header, as its words run on inside a line of text once the table lost its breaks ----
# (…重点任务分工表序号 重点任务 牵头单位 配合单位 完成时限1推进…): the number column, then a task and a unit column
TABLE_NUMBER_HEADS = ("序号", "编号")
TABLE_TASK_HEADS = ("任务", "措施", "举措", "事项", "内容", "问题")
TABLE_UNIT_HEADS = ("单位", "部门", "领导")

# ---- what a plan sets inside its outline that is not a task (generator.parse.boxes) ----

# a line opening a box printed between the tasks: 专栏1　数字基础设施重点工程, 【专栏2】, 名词解释, 典型案例, 延伸阅读
BOX_HEADS = ("专栏", "名词解释", "名词释义", "典型案例", "经验做法", "延伸阅读", "知识链接")
# a 分工表's task cell naming the plan's box it assigns (专栏1　数字基础设施重点工程): the box's number, no word of its title
CITED_BOX_HEADS = ("专栏",)
# a numbered box's caption (专栏1　重点项目责任分工 / 【专栏2】…项目清单): a box inside a plan, never a plan's title, even
# when its caption ends in a word naming a kind of plan (责任分工, 清单)
NUMBERED_BOX_HEADS = ("专栏",)
# a table set in the outline (表1　主要指标 / 附表2 …): a box, unless its title names the duties themselves
TABLE_BOX_HEADS = ("附表", "表")
TABLE_OF_DUTIES_WORDS = ("任务", "分工", "责任", "清单", "台账", "措施", "举措", "事项", "工作")
# a note under a table or a paragraph (注：1.… 2.…, 说明：…): its numbered points are no tasks; a form sent out to
# be filled in (分解表, 台账) heads its closing notes as the instructions for filling it (填表说明：1.标注“牵头”的为牵头单位…)
NOTE_HEADS = ("注", "说明", "备注", "填表说明", "填报说明", "填写说明")
# the heading of a page's notes to its flattened superscript marks (注释： / 注： then 1.… 2.…): a web page's <sup>N</sup>
# copies as a bare digit glued to the word it marks (省数据局4、); only these headings give such numbers notes
FOOTNOTE_LIST_HEADS = ("注释", "脚注", "注")
# a word closing a line whose object opens the next (督查对象为 / 资金拨付给 / 成员单位包括 / 会同): a line of names set in
# under it is that object, words of the task's sentence, never its units set off by a tab (parse.outline._wrap_gap);
# nouns ending in such a character close a phrase (打击违法行为 / 大有作为)
WORDS_AWAITING_AN_OBJECT = ("为", "给", "对", "向", "包括", "会同")
# (坚持问题导向 / 把准正确方向 / 增加有效供给 / 大有可为 / 担当善为 / 提升应对: nouns and set phrases
# whose last character is such a word; the line is closed, a line of names set in under it is its units)
NOUNS_ENDING_AS_SUCH_A_WORD = ("行为", "作为", "有为", "可为", "善为", "能为", "导向", "方向", "取向", "走向", "动向", "去向",
                               "供给", "补给", "配给", "自给", "应对")
# a task's title line broken by a soft return right after its first words (3.全面推行 / 告知承诺制，对…实行…。): a line
# holding one of these verbs alone, or after one of the manner words, closes no title without the verb's object (推行
# what?) and runs on into the next line; a title line over its text closes on its object (1.推进老旧小区改造 / 完成…。),
# and a verb after another verb or a noun is used without an object (组织实施, 统筹推进): neither is such a line
VERBS_AWAITING_THEIR_OBJECT = ("推行", "实行", "推进", "开展", "建立", "实施", "加强", "加快", "推动", "深化", "强化", "构建",
                               "打造", "探索", "健全")
MANNER_WORDS_BEFORE_A_VERB = ("全面", "大力", "加快", "积极", "深入", "持续", "着力", "扎实", "稳步", "有序", "切实", "不断",
                              "进一步", "积极稳妥", "逐步", "率先", "广泛", "严格", "依法")
# a reference to a part of the plan by its number (见附件2 / 附表1 / 详见专栏3 / 按表2 / 如图1 / 附录4 / 典型案例5):
# the number names that part, never a note's mark, whatever notes the page lists (source.plain_words)
REFERENCE_WORDS_BEFORE_A_NUMBER = ("附件", "附表", "附图", "附录", "专栏", "表", "图", "案例")
# a one-character reference word (表 / 图) names a part of the plan only after a word pointing at it or no Chinese word
# (见表2 / 按表1 / 如图3 / 下表4 / 表5、表6 / （表2）); ending a word (蓝图2 / 报表3 / 路线图1 / 代表4 / 发表5) it is
# that word's last character, and a note's mark may follow it
POINTERS_BEFORE_A_ONE_CHARACTER_REFERENCE = "见按如附照据依下上本和与及或"
# characters after which a number is a quantity, an order or a date of the text, never a note's mark (第4、 / 达到5，
# / 2024年4、5月 / 约3。): a digit after them stays
WORDS_BEFORE_A_NUMBER = "第约达到至超近共计为于前后余年月日号增降比逾过每占"
# ---- a table's notes column (备注 / 说明) holding only an outside body's share of the row's work: a 周/月工作安排
# writes there the body that helps the 责任股室 (县交警大队配合, 县教育局、县公安局协助), a list of bodies and one role
# verb, nothing else. Such a cell is read as that role (table.rows); any other note (迎接县司法局评查, 上报县住建局,
# 全体党员参加) stays text under 备注, as notes are never units. The verbs a body's share is closed with there are the
# annotation's own, with the roles they have there (VERB_ROLES, one list serving both): a 分解表's 备注 gives the
# places' share as a bracket would (各县（市、区）人民政府落实 / …具体实施 / …负责), as well as a helper's (市财政局配合) ----
# Not the lead verbs of prose (统筹, 主办, 抓总): in a 备注 beside the row's own 牵头单位 they tell how a body takes
# part (市政府办公室统筹), and read as leads they gave the row a second lead; 牵头 itself, naming the role outright as
# a 牵头 label does, stays (as the notes column read it before VERB_ROLES served it)
NOTE_CELL_ROLE_VERBS = {verb: role for verb, role in VERB_ROLES.items() if role != "lead" or verb == "牵头"}
# a note under a table saying a column's cell is merged down its rows (说明：牵头单位为合并单元格的，该类别下各项任务牵头
# 单位相同): a copy one cell per line prints such a cell on its group's first row only (table.merged_lead)
MERGED_CELL_WORDS = ("合并单元", "单元格合并", "单元格为合并")
# a closing part of its own after a table or a list, numbered like the parts before it (四、有关说明 （一）责任单位有两个
# 及以上的，排在第一位的为牵头单位… （二）本细则由…负责解释。): the reading notes, as a 说明： head holds them; no tasks
NOTE_PART_WORDS = ("有关说明", "相关说明", "几点说明", "其他说明", "补充说明", "有关事项说明", "说明事项", "说明", "备注")
# a 责任书 or an agreement closes with a part titled bare 其他 (四、其他 （一）本责任书一式三份… （二）由甲方负责解释): its
# terms, copies and who interprets it, no unit's duty. Only as a whole title (其他工作 / 其他任务 are work)
CLOSING_OTHER_WORDS = ("其他", "其它")
# a note speaking of a table's column of units (注：主办单位栏列两个单位的，…): how to read the list, not a unit of it
COLUMN_WORDS = ("栏",)
# how a rule's clause fixing a named unit's role points at it as the one listed (所列各村（社区）为具体落实单位 /
# 列出的各乡镇为落实单位): words before the name, no part of it
NAMED_ROLE_LISTED = ("所列的", "所列", "列出的", "列明的", "列入的")
# how such a clause qualifies the role, between 为 and the role word (为具体落实单位 / 为具体实施单位): the role word's role
NAMED_ROLE_MANNERS = ("具体",)
# a rule may fix the role of a class of grassroots bodies named by their kind (各村（社区）为落实单位 /
# 各乡镇（街道）为责任单位): the kind's body word after 各, its alternatives in a bracket. A cell names the members of
# that class by their own names or as a part of it (茶山村、白岩村 / 老街社区 / 各村 / 沿河各村 / 城关镇): each body
# word, and how a member's name ends (村（居）: the 居 are the 社区). A body of another kind (县X局, 镇X办) ends otherwise
CLASS_BODY_MEMBER_ENDINGS = {"村": ("村",), "社区": ("社区",), "居": ("社区",), "乡镇": ("乡", "镇"), "乡": ("乡",),
                             "镇": ("镇",), "街道": ("街道",)}
# a village's or community's own committee named after its place (东山村村委会, 东山村村民委员会, 河滨社区居委会,
# 河滨居委会): the member of the class 各村 / 各社区 it stands for, the place's kind its committee's ending implies
VILLAGE_COMMITTEE_KINDS = {"村民委员会": "村", "村委会": "村", "居民委员会": "社区", "居委会": "社区"}
# how a rule says it speaks of the names inside one column (配合单位中的各县…为落实单位 / 责任单位栏内的…): the words after
# the column's name, before the unit it names
WITHIN_A_COLUMN = ("中的", "中", "内的", "里的")
# how the name of a box's item ends (1.5G网络覆盖工程：… / （一）园区循环化改造工程。…): a box lists projects by name
BOX_ITEM_ENDINGS = ("工程", "项目", "行动", "计划", "试点", "专项", "示范")
# …unless the item opens with a verb (实施…行动。 / 推进…工程。 is a task saying what to do)
BOX_ITEM_NOT_STARTS = ACTION_STARTS + ("实施", "建设", "加快", "完善", "健全", "打造", "培育", "提升", "深化", "启动", "谋划")
# A list of prohibited conduct (party-building and clean-government 清单: 三张清单, 作风建设负面清单, “十严禁”): a part or
# group so titled, its numbered items prohibitions binding everyone (1.严禁… 2.不得…), no one's task
# (generator.parse.not_tasks). How the title ends: 负面清单, 禁止事项, 纪律要求 …; or a count of prohibitions (十严禁, 八不准)
PROHIBITION_LIST_TITLE_ENDINGS = ("负面清单", "负面行为清单", "负面行为", "禁止性清单", "禁止性规定", "禁止事项", "禁止行为",
                                  "禁止性行为", "纪律要求", "禁令")
PROHIBITION_WORDS = ("严禁", "不得", "禁止", "不准", "不许", "杜绝", "坚决杜绝", "决不", "绝不")
# the fields of an indicator's or a term's definition, each opening a numbered item of an annex (1.指标解释：… 2.数据来源：…)
DEFINITION_FIELDS = ("指标解释", "指标释义", "指标定义", "指标含义", "指标说明", "名词解释", "名词释义", "计算公式", "计算方法",
                     "数据来源", "统计口径", "验收要求", "验收标准", "考核方法", "评分标准", "评分方法", "评价标准")
# The closing parts of an assessment document (目标管理责任书, 考核方案, 督查通报) after its targets or problems, numbered
# like them and naming no unit: what is asked next, how the targets are scored, what adds or takes off points, how
# the results are rewarded and answered for (generator.parse.not_tasks, beside 保障措施 / 工作要求).
# what is asked next: 下步工作要求 / 下一步要求 / 今后工作要求 (only 要求: a 下一步工作打算 holds tasks)
NEXT_STEP_WORDS = ("下步", "下一步", "下阶段", "下一阶段", "今后", "后续")
# how the targets are scored: 考核办法 / 考核方式 / 评分办法 / 考核评分细则
ASSESSMENT_HEADS = ("考核评分", "考核评价", "考核", "考评", "评分", "计分", "评价")
ASSESSMENT_METHODS = ("方式方法", "办法", "方式", "方法", "程序", "细则", "规则", "标准", "步骤")
# what adds or takes off points: 加分和扣分事项 / 加减分事项 / 一票否决事项
POINT_WORDS = ("加分", "扣分", "减分", "加减分", "加扣分", "一票否决")
POINT_MATTERS = ("事项", "项目", "情形", "办法", "标准", "规定")
# how the results are rewarded and answered for: 奖励与问责 / 奖惩措施 / 考核结果运用 / 责任追究
REWARD_WORDS = ("奖惩", "奖励", "激励", "表彰奖励")
ACCOUNTABILITY_WORDS = ("问责", "追责", "惩处", "惩戒", "约束", "责任追究")
# the closing part that says how a plan (a 责任清单 above all) is itself checked (五、监督考核 / 考核监督: who assesses the
# list each year, what befalls a failure to do one's duty): frame, read as 督导考核 / 督查考核 are (not_tasks.py)
OVERSIGHT_CLOSING_WORDS = ("监督考核", "考核监督")
# an oversight notice (督办通知 / 督办单 / 督查通知) closes the items it oversees with what it asks of them all (六、督办要求
# （一）各责任单位要按时报送… （二）市政府督查室将适时督查…): the notice's requirements, as a plan's 工作要求, naming no body
# but the addressees as a whole and the issuer; a closing part only (not_tasks.py, beside 工作要求 / 办理要求)
OVERSIGHT_REQUIREMENT_WORDS = ("督办要求", "督查要求", "督导要求")
# the closing part of a holiday, flood-season or major-event plan on keeping watch and reporting, before its 保障措施 or
# as its last part (六、值班值守和信息报送 （一）严格值班值守。实行24小时值班… （二）及时报送信息。…): how everyone keeps watch and
# reports while the plan runs, naming no unit, often over a roster table; read on a section's title only (an item
# 加强值班值守 may be an emergency plan's work), and only while no item names or opens with its body (not_tasks.py)
DUTY_WATCH_CLOSING_WORDS = ("值班值守", "应急值守", "值班", "值守", "严格值班", "严格值班值守", "值班制度",
                            "信息报送", "信息报告", "值班安排")
# a plan titled so (某县中秋国庆值班工作方案) has keeping watch for its work: its 值班值守 / 信息报送 parts are its tasks
DUTY_WATCH_PLAN_TITLE_WORDS = ("值班", "值守")
# a leading clause of time before the body doing an item (每日16时前，各成员单位… / 节日期间，各乡镇…)
LEADING_TIME_CLAUSE_ENDINGS = ("前", "后", "期间", "时", "内")
# how a body's name opens where an item's sentence opens with it (县甲局实行… / 市乙办： / 各乡镇…): its level, or 各
BODY_NAME_OPENERS = (*GOVERNMENT_LEVEL_CHARS, "各")
# how the plan's own working body is named (区保供稳价工作专班 / 县指挥部 / 各工作组): keeping watch, it runs the plan,
# no unit the plan gives the watch to (not_tasks._duty_watch_parts)
PLAN_OWN_WORKING_BODY_ENDINGS = ("专班", "工作组", "工作小组", "领导小组", "指挥部")
RESULT_USE_WORDS = ("结果运用", "结果应用", "考核结果运用", "考核结果应用")
# A 通报 (督查通报, 考核通报) praises units in a numbered list, each entry the unit's name and what it did
# (二、工作成效明显的单位 / 以下单位…予以通报表扬。/ 1.甲区人民政府。创新…): praise, no duty (generator.parse.not_tasks).
# a heading naming praise: 通报表扬 / 表扬单位 / 典型经验做法
PRAISE_HEADING_WORDS = ("表扬", "典型经验", "经验做法", "先进典型")
# a heading naming the praised by how they did: 工作成效明显的单位 / 推进有力的地区
PRAISED_QUALITIES = ("成效明显", "成效突出", "成效显著", "成绩突出", "成绩显著", "工作突出", "表现突出", "推进有力",
                     "进展较快", "进度较快")
PRAISED_BODIES = ("单位", "集体", "地区", "部门", "县区", "县（市、区）", "乡镇", "地方")
# the lead-in saying so: 以下单位…予以通报表扬 / 给予通报表彰
PRAISE_GRANTS = ("予以", "给予")
PRAISE_ACTS = ("表扬", "表彰", "嘉奖")
# words of a heading over shortcomings too (成效和问题): not praise alone
NOT_PRAISE_WORDS = ("问题", "不足", "整改", "批评", "差距")
# what a table of targets is titled by (表1　主要指标 / 附表　年度目标分解): its rows name no duty even with a unit column
TABLE_OF_TARGETS_WORDS = ("指标", "目标", "预期")
# what a table set in the outline is titled by when its rows are measured indicators, whatever the caption says of
# dividing them (表1　主要指标分工表 / 主要指标责任分解): each row a figure to reach with the bodies answering for it, a
# target still; 目标 is left out, as 目标任务分工表 lists the work itself
INDICATOR_TABLE_WORDS = ("指标",)
# what an attached schedule is titled by (附件2 / 某县…进度安排表: 时间节点 | 工作内容 | 责任单位, one row a month or a
# stage): it restates the plan's work by stage, so its rows are no tasks of the plan that attaches it and points at it
# (进度安排见附件2); kept as that plan's text, as its targets are (parse/attached_table.py)
SCHEDULE_TABLE_WORDS = ("进度安排", "时间安排", "工作进度")


# ---- what a government page prints after a plan that is not the plan (source stage: read.py) ----
# a text that speaks of a markup tag rather than breaking its line with it (“<br>”, <br>标签): the tag quoted, or the
# word naming it a tag after it (source/read.py: _plain_breaks)
TAG_QUOTES = "“”‘’「」『』\"'"
TAG_WORDS = ("标签", "标记", "元素", "代码", "tag")
# words naming what the tag does or what it is put in place of, spoken of without quotes (不得用<br>换行代替段落 /
# 将<br >替换为<p> / 替换为<br> / 改为<br>): right after the tag or right before it. A break starts a label, a number
# or a unit's clause, and never ends a sentence on these words, so one list serves both sides
TAG_ACTION_WORDS = ("换行", "替换", "替换为", "替换成", "代替", "换成", "换为", "改为", "改成")
# a 政策解读 / 图解 of the plan on the same page (《X》政策解读, 图解：X, 一图读懂X): it restates the plan's sections
INTERPRETATION_WORDS = ("政策解读", "图文解读", "文件解读", "专家解读", "部门解读", "权威解读", "相关解读", "图片解读",
                        "视频解读", "文字解读", "解读稿", "解读材料", "解读", "图解", "起草说明", "答记者问", "政策问答",
                        "政策解答")
# words that name a 解读 only after the plan's title (《X》问答 / 《X》解答 / 关于《X》的说明): alone at a line's start
# they are a plan's own words too (说明：本方案自印发之日起施行), so they open no heading there
TITLED_INTERPRETATION_WORDS = ("问答", "解答", "的说明")
# a 解读 heading's version note after its word (《X》政策解读（文字版） / （图文版）): a bracketed …版
INTERPRETATION_VERSION_MARK = "版"
# an attachment listing people or bodies, printed after the plan (附件 / 某县…领导小组成员单位名单 / 组长：… / 成员单位：
# then one body a line; …联络员通讯录): who sits in a group, no duty, never a plan or the plan's text
ROSTER_KINDS = ("名单", "通讯录")
# an attachment outlining a report the units are to write (附件2 / 自查报告提纲 / 一、…情况 二、存在的问题 …): the
# headings of a report to come, naming no one, never a plan; read as a roster is (source/read.py)
REPORT_OUTLINE_KINDS = ("报告提纲", "汇报提纲", "材料提纲", "总结提纲")
# What an attached blank form is called (附件3 / 工作进展情况月报表（样表）): a form the units fill in to report, no plan,
# when the table under it leaves every column after its units empty (source/read.py)
FORM_KINDS = ("样表", "报表")
# the labels of a 解读's questions and answers (问：…？ / 答：… , 1.问： / 问一：): a plan asks nothing, so a question
# answered on the next lines after the plan's outline is its 解读 (source/read.py)
QUESTION_LABEL = "问"
ANSWER_LABEL = "答"
# What a form handing one matter to its units is called, when each form of a series is headed by its name and its
# filing number in brackets (交办单（第21号）/ 督办单（第3号）): the heading is the matter's number (words/labels.py)
FILED_FORM_KINDS = ("交办单", "督办单", "督查单", "催办单", "转办单", "任务单")
# the sentence opening a 解读 that has no heading of its own (…现就有关内容解读如下：)
INTERPRETATION_CUES = ("解读如下", "作如下解读", "解读说明如下")
# What a document dividing work among units is called, at its title's end (某省贯彻落实…若干措施责任分工方案): its
# subject is who does what, so each piece of an article given to its own units is a task (parse/levels.py)
DIVISION_OF_WORK_KINDS = ("分工方案", "责任分工", "任务分工", "分工意见", "分解方案", "任务分解", "责任分解", "分工表")
# What an attached table giving out a plan's tasks is called (附件 / 某市…实施方案重点任务分工表 / 责任清单): a plan whose
# prose names no unit and whose 附件 table repeats its numbered tasks with their units is one plan (parse/attached_table.py)
ASSIGNING_TABLE_WORDS = ("分工表", "分解表", "任务表", "责任表", "任务清单", "责任清单", "任务分工", "责任分工", "任务分解",
                         "责任分解")
# A plan keeping none of its tasks in its text points its reader to the attached table that holds them
# (安排30项重点活动（详见附件） / 具体安排见附件 / 任务清单见附表): the table's rows are the plan's tasks (parse/attached_table.py)
# A short plan (an office's 整改方案) may keep its tasks in the table set below its text, not attached, and say so once,
# anywhere in its text (形成整改台账（见下表）), its signature and date between the text and the table's caption: the
# table's rows are the plan's tasks as an attached table's are (parse/attached_table.py); read.py keeps a caption under
# such a pointer inside its plan. 见下表 / 详见下表 / 如下表 / 下表所示 / 列表如下: one pattern, read by both.
# 如下表 is also the start of running words (作出如下表彰决定 / 作如下表述 / 如下表态): it points only when 所示, a
# mark, a bracket, a space or the end of the text follows it (如下表。 / 如下表： / 如下表（略） / 如下表所示).
TABLE_BELOW_POINTER = (r"见下表|下表所示|列表如下"
                       r"|如下表(?=所示|[。，,、：:；;！!？?（(）)【】〔〕《》“”\"'\s]|$)")
ATTACHMENT_POINTERS = ("见附件", "见附表")  # the 附件 pointer first: its number is the one an attachment's mark bears
# the words naming an attachment again inside a pointer's list or range (见附件1至附件3 / 见附件1、附表2)
ATTACHMENT_WORDS = ("附件", "附表")
# what joins the numbers of a pointer's list (详见附件1、2 / 见附件1和3) and the ends of its range (见附件1至3 / 附件1—3)
ATTACHMENT_NUMBER_JOINERS = "、和及与"
ATTACHMENT_RANGE_JOINERS = "至到-—－~～"
# the words of completion that alone may follow a date closing an item (…，2030年6月底前完成。 / 年底前全面完成): the
# date is then the whole item's deadline, not one clause's (parse/attached_table.py gives it to the rows the item heads)
ITEM_DONE_WORDS = ("完成", "全部完成", "全面完成", "基本完成", "完成任务", "完成全部任务", "到位", "落实到位")
# How the caption of such an attached table ends (某市“质量月”活动安排表 / 重点项目清单 / 工作台账)
ATTACHED_TABLE_ENDINGS = ("表", "清单", "台账")
# The word opening what a document's title is about, after its senders (某市督查室关于对…的通知, 关于印发《X》的通知,
# 关于做好…工作的意见): where a notice's title starts on its line, and what no sender's name holds (read.py)
ABOUT = "关于"
# How a covering notice's title closes after the document it issues (关于印发某县…分解表的通知): a file marker's short
# name found before it is that document's (read.py _named_in_full_above)
NOTICE_TITLE_ENDS = ("的通知",)
# The verbs of a notice's issuing sentence: 现将《X方案》印发给你们 / 现将《X任务分解方案》分解下达，请认真抓好落实.
# The document issued is named in title marks; the notice's own numbered items after it are its requirements.
NOTICE_ISSUING_VERBS = ("印发", "转发", "下发", "分解下达", "下达", "分解落实", "予以公布", "发给你们")
# A notice handing down tasks it attaches, naming no document in its sentence: 将工作任务逐项分解下达。现将有关事项
# 通知如下： / 将各项工作任务分解（详见附件），现就有关事宜通知如下： — its numbered items are requirements.
# a notice passing on a meeting's decisions (关于贯彻落实…会议精神的通知 / 关于分解落实…会议议定事项的通知): the verbs
# before 落实, the meeting's word and what of the meeting it passes on
MEETING_PASSING_VERBS = ("贯彻", "分解")
MEETING_WORD = "会议"
MEETING_DECISION_WORDS = ("部署", "精神", "议定", "确定", "决定")
NOTICE_HANDING_DOWN_VERBS = ("分解下达", "分解")
# The sentence opening a notice's own body: 现就有关事项通知如下： / 现就做好…工作通知如下：
NOTICE_OPENINGS = ("通知如下", "要求如下")
# A plan's sentence ending in 如下： introduces what follows inside the plan: a table's caption right under it
# (…逐项制定整改措施，具体如下： / 某县…整改清单 / the rows) is the table's, no plan of its own. A notice's opening
# (通知如下：) or issuing sentence (印发如下：) and a 解读's opening introduce no part of a plan (read.py).
INTRODUCING_BELOW_ENDINGS = ("如下：", "如下:")
# what such a heading names before its word when it names the plan without 《》 (某县…工作方案政策解读)
INTERPRETED_KINDS = ("方案", "要点", "计划", "意见", "措施", "规划", "办法", "通知", "清单", "分工")
# …and what a 解读 heading names a plan by that no document title ends with: its short name (某县…三年行动解读, the
# 三年行动方案 called 三年行动), so a heading only, not a document's title (parse/items.py reads INTERPRETED_KINDS)
INTERPRETED_SHORT_KINDS = ("行动",)
# (一图读懂X opens one with no stop; 图解：X, 解读《X》 need their colon or title mark, 图解法 is no heading)
INTERPRETATION_OPENINGS = ("一图读懂", "一图看懂", "一图解读", "一图速览")
# the links under 附件 / 附件下载: the attached files by name (某县…工作方案.docx, 任务清单.xlsx)
FILE_EXTENSIONS = ("docx", "doc", "wps", "pdf", "ofd", "xlsx", "xls", "et", "zip", "rar")
# the furniture that closes a page's document: after it, the page's links and footer (or a 解读), not the plan
# (扫一扫 alone may be a plan's word, 推广“扫一扫”亮码: the page's own is 扫一扫在手机打开当前页 / 扫一扫分享)
PAGE_END_OPENINGS = ("扫一扫在手机", "扫一扫分享", "扫一扫用手机", "分享到", "上一篇", "下一篇", "网站地图", "网站标识码")
# the buttons under a page's document, printed as a line of their own, 打印 then 关闭 (【打印本页】【关闭窗口】,
# 打印本页 关闭窗口): a pair, as 打印 or 关闭 alone may be a table's cell
PRINT_BUTTONS = ("打印本页", "打印")
CLOSE_BUTTONS = ("关闭窗口", "关闭本页", "关闭")
# a bilingual page (双语政策 for foreign investors) captions the same buttons again in English after them
# (【打印本页】【关闭窗口】 [Print] [Close]): the pair is still the page's closing furniture
PRINT_BUTTONS_LATIN = ("Print this page", "Print")
# a text browser's dump of a page (lynx -dump, w3m -dump with link numbers) closes with the list of the page's links
# under one of these headings, each link numbered as the [N] mark it set in the text (source/read.py)
LINK_LIST_HEADINGS = ("References", "Visible links", "Hidden links")
CLOSE_BUTTONS_LATIN = ("Close this window", "Close window", "Close")
# headings of the page's link lists, alone on their line or before a colon (相关文件要求… may open a wrapped line of a
# plan; 主办单位：… heads an event plan's own item, so the footer's 主办单位 is left to the page's trailing chrome)
# the word closing a 红头文件's masthead (某省某某委员会文件), printed again as a PDF's running head (source/read.py)
MASTHEAD_WORD = "文件"
PAGE_END_HEADINGS = ("相关链接", "相关阅读", "相关文件", "相关推荐", "相关文章", "相关新闻", "相关附件")
# A document-sharing site's preview prints, at each page of the document it previews, its own banner lines (下载文档,
# 原创力文档, an offer, a notice on who uploaded it): page furniture wherever they stand, even inside a sentence the
# page cut (…配合单位：县水 / 第 1 页 共 3 页 / 下载文档 / 原创力文档 / 利服务中心）). Whole lines:
# the stamp a web system prints under its page's foot and at its export's head (导出时间：2025-07-08 09:42:17　　操作人：
# 县委督查室 李某某): when and by whom the list was printed, the system's furniture at each page break, no word of a task
EXPORT_STAMP_LABELS = ("导出时间", "导出日期", "打印时间", "打印日期", "生成时间", "操作人", "导出人", "打印人", "操作员")
SHARING_SITE_BANNER_LINES = ("下载文档", "原创力文档", "免费在线预览全文", "立即下载", "在线预览", "文档加载中", "请稍候")
# …and lines opening with these (the rest of the line is the site's: an offer, a disclaimer, the uploader's name)
SHARING_SITE_BANNER_OPENINGS = ("【VIP", "【广告】", "【推广】", "本文档由用户提供并上传", "文档加载中", "该用户很懒",
                                "如果您无法查看文档", "内容提供方：", "内容提供方:", "本文由用户上传", "VIP免费下载",
                                "VIP会员免费下载", "VIP专享")
# …and the site's toolbar, two of its buttons or more on a line (立即下载 | 收藏 | 分享 / 立即下载  加入收藏  在线预览)
SHARING_SITE_TOOLBAR_WORDS = ("立即下载", "下载文档", "下载本文档", "加入收藏", "收藏", "分享", "举报", "在线预览")
# …and, in the stack of lines at a page break, a site's name in 【】 opening its slogan: 【某某文库】海量文档 免费在线阅读
# (a line seen once, at a document's only page break, is the site's when it opens so and holds these words)
SHARING_SITE_SLOGAN_WORDS = ("海量", "免费", "在线阅读", "在线预览", "下载", "VIP", "会员", "文档")


# ---- a responsibility matrix: a 分工表 whose columns are the units, each cell a mark ----
# (序号 | 重点任务 | 市发展改革委 | 市市场监管局 … / 1 | 推进… | ○ | ● …). The marks offices put in a unit's cell;
# what each means is said by the document's legend (●为牵头单位，○为配合单位; 注：★表示牵头单位，☆表示配合单位).
MATRIX_MARKS = ("●", "○", "◎", "◆", "◇", "★", "☆", "▲", "△", "■", "□", "√", "✓", "✔", "☑", "✚", "＋", "+")
# A 分工表 form printing both role words for each unit with a box before each and ticking one (☒牵头 ☐配合 / ☑牵头 □配合 /
# ■主责 □协同), a line per unit in a 责任类型 column beside the 责任单位 cell's lines: the unit has the ticked word's role,
# the unticked word names none (rows.py `_role_column_beside_units`, role_grid.tick_box_role). ☒ ☐ are what Word's
# check-box content control shows (and what a copy of it yields); the others are typed or a font's boxes.
TICKED_BOX_MARKS = ("☒", "☑", "■", "√", "✓", "✔")
UNTICKED_BOX_MARKS = ("☐", "□")
# A list marking its key items by a sign before their titles (★关于…的建议, the notice saying 列为重点督办的建议（表中
# 标注“★”）…): the sign says the item is followed closely, it is no word of the title (the task's text keeps it)
KEY_ITEM_MARKS = ("★", "☆", "▲")
# A unit list in running text (an annotation's bracket, not a matrix) marking one name by a sign written before it
# (责任单位：★省甲厅、省乙局) or glued after it (（市甲局*、市乙局）, the star an office types for the lead), its meaning
# said once by a legend (标注★的为牵头单位，其余为配合单位 / 带*的为牵头单位): the sign is no letter of the name;
# parse.rules.SignedLeadOthersSupport reads the legend
LIST_NAME_SIGNS = ("★", "☆", "▲", "△", "●", "○", "◆", "◇", "■", "□", "*", "＊")
# the bullet signs a list's item opens with (● 加强… / ➢ 推进…): no word, so a label of the outline (words.labels,
# parse.numbering) and a list marker of a unit cell (source/formats/table/cells.py)
BULLET_SIGNS = "●■◆★▲◇□○•▪►◎☆△▶◼◾✦❖➢➤"
# what follows a number written with a leading zero that is no section's (2025年03月14日 / 05个 / 08时): a unit of time
# or a measure word, where a 公众号's section number 02 is followed by the section's name (02重点任务)
ZERO_PADDED_NOT_BEFORE = ("年", "月", "日", "时", "号", "点", "分", "秒", "个", "家", "项", "名", "人", "次", "期", "版", "届",
                          "批", "条", "款", "类", "级", "层", "栋", "室", "座", "台", "辆", "户", "万", "亿", "千", "百")
# what a copy of a 公众号 post or a web page writes where the page showed a picture or a video ([图片] / 【视频】 / [image]):
# a placeholder on a line of its own, no word of the plan (parse.lines.copy_furniture)
MEDIA_PLACEHOLDERS = ("图片", "图像", "视频", "动图", "image", "img", "picture", "video")
# A 公众号 marking one item of a numbered run by a sign before its number (✅ 09 推进慢行系统建设: done, or singled
# out): the sign is no part of the number, the run goes on through it
NUMBER_MARKS = ("✅", "☑", "✔", "✓", "▶", "►", "★", "☆", "●", "◆", "■", "🔹", "🔸", "📌", "👉")
# the meaning a mark commonly has, used only where the document gives no legend (and the reading says so):
# the filled mark leads, the hollow one supports, a tick marks a unit in charge with no lead named. ◎, ◆, ◇, ＋
# have no common meaning: without a legend the unit is kept as responsible and the reading says so.
MATRIX_COMMON_ROLES = {"●": "lead", "○": "support", "★": "lead", "☆": "support", "▲": "lead", "△": "support",
                       "■": "lead", "□": "support", "√": "responsible", "✓": "responsible", "✔": "responsible",
                       "☑": "responsible"}
# a role written in the cell as a word or its first character (牵 / 配, 主 / 协): a legend of its own
MATRIX_ROLE_WORDS = {"牵头": "lead", "牵": "lead", "主责": "lead", "主办": "lead", "主": "lead", "负责": "responsible",
                     "责任": "responsible", "责": "responsible", "配合": "support", "配": "support", "协办": "support",
                     "协同": "support", "协助": "support", "协": "support", "参与": "support", "参": "support"}
# what a legend says a mark stands for, after the mark (●为牵头单位, ○表示配合部门, ★—牵头) or before it
# (牵头单位用●表示, 配合单位标注○): the role words, longest first
MATRIX_LEGEND_VERBS = ("表示", "代表", "为", "是", "指", "标示", "标识", "即")
MATRIX_LEGEND_MARKERS = ("用", "以", "标注", "标记", "标为", "标", "为")
# the words that open a matrix's legend on a line of its own (图例：● 牵头单位, 说明：表中◎为配合单位, 注：…); a web page
# drawing its marks as images says what each image means in such a line (formats/image_marks.py)
MATRIX_LEGEND_INTROS = ("图例", "说明", "备注", "注")
# a 分工表 naming its units by codes (牵头单位 A、J / 配合单位 ②、③) defines them in a code legend beside the table
# (注：1.表中责任单位以代码表示，各代码对应单位如下： / 责任单位代码表：A.市甲局　B.市乙委 …): the words naming the legend,
# and what may stand between a code and its unit's name (A.市甲局, A、市甲局, A：市甲局, ①市甲局)
UNIT_CODE_CUES = ("代码", "代号")
UNIT_CODE_SEPARATORS = (".", "．", "、", ":", "：")


# a column naming the place a row's work is done (村（社区） | 整治任务 | 包村领导 | … | 责任单位): a town's list sets its rows
# village by village, the place cell merged down its rows; it groups the rows, as 类别 does, and names no unit
# (the village's committee is named under 责任单位 where it answers). Matched whole, the bracketed note left out.
# a column of money (总投资（万元）, 年度计划投资, 资金来源, 补助金额) in a list of projects: amounts, kept in the row's text,
# never units, and no end of the header
TABLE_AMOUNT_HEADS = ("投资", "资金", "金额", "造价", "万元", "亿元")
# a column counting things (牵头任务数, 配合任务数, 事项数, 件数): a 台账's per-unit count sheet names roles before 任务数,
# but its cells are numbers, never units nor tasks
TABLE_TALLY_ENDINGS = ("任务数", "事项数", "项数", "件数", "个数", "数量")
# a quantity column of a 任务分解表 (任务量, 工作量, 目标任务量): how much of the work falls to each row, a figure; its
# 任务 names no task column
TABLE_QUANTITY_ENDINGS = ("任务量", "工作量")
# the measures a table's caption states its figures in (单位：万元, 金额单位：亿元, 单位：万元、个): a line above a project
# list's header, never a column's name (a column gives its measure in brackets, 总投资（万元）)
TABLE_CAPTION_MEASURES = ("元", "万元", "亿元", "个", "项", "公里", "亩", "平方米", "%", "人", "人次", "户", "处", "座", "吨")
# A column naming where each row's event or work is held (地点, 活动地点, 举办地点, 建设位置): a place, often named as a
# body is (市会展中心, 市体育中心, 市科技馆), kept in the row's text; before the unit columns it is told from them by its
# place in the row, not by how its cell reads
TABLE_SITE_HEADS = ("地点", "地址", "位置", "场所", "场地")
# A project list's column naming where each project lies (所在街道 | 所属街道 | 所在镇街 | 所在社区 | 所在地 | 项目所在地):
# 所在 / 所属 and a place word. Each row names its own street or town (金桥街道, 各街道) and the rows are not grouped under
# it, so it is a site as 建设地点 is (kept in the row's text, never a unit), not a group column to merge; 所在乡镇 /
# 所属乡镇 / 所在村, matched whole as a town's grouping column (TABLE_PLACE_HEADS), are read first
TABLE_LOCATION_MARKS = ("所在", "所属")
TABLE_LOCATION_PLACES = ("地", "街道", "镇街", "镇", "社区", "县区", "区县")
# A 测评指标 / 考核细则 table's indicator columns: the item it scores (测评项目, 考核项目) and the levels of indicators under
# it (一级指标 | 二级指标). Each cell is merged down the rows it heads (一、组织领导（15分） over its rows, 1.领导体制 over
# some of them) and printed on its first row only; the rows' work is the 测评内容 / 考核内容 beside them. A two-level
# header sets the levels under the item (测评项目 over 一级指标 | 二级指标).
TABLE_INDICATOR_ITEM_HEADS = ("测评项目", "考核项目", "考评项目", "评价项目", "评估项目")
TABLE_INDICATOR_LEVEL_HEADS = ("一级指标", "二级指标", "三级指标")
TABLE_PLACE_HEADS = LOCALITY_BODY_PLACES + ("所在村", "村名", "乡镇", "镇", "镇街", "街道", "片区", "所属乡镇", "所在乡镇")
# A street's or town's 任务清单 puts the localities carrying each task in a unit column of their own between the office
# leading it and the bodies helping (牵头科室 | 责任社区 | 配合单位, 责任村（社区）, 落实社区（小区）, 属地社区): a role word,
# or 属地 (the ground's own body answers for it), then the kind of place whose body is meant (LOCALITY_BODY_PLACES,
# 网格: a street's grids, each with its own staff) or the committee itself (责任居委会, 责任村民小组), two of them joined
# as a label joins its heads (责任社区/村, 责任村、社区: LABEL_HEAD_JOINERS). The column holds units as 责任乡镇 does.
# Matched as the whole column name (its bracketed note left out), so a longer name beginning with one is not taken
# for it: 责任网格划分 (how the grids are drawn) and 责任社区工作站 are not the localities themselves.
# Not 小区 / 片区 (LOCALITY_BODY_PLACES): 实施小区, 改造小区 and 责任片区 list where the work is done, places
TABLE_LOCALITY_UNIT_HEADS = LOCALITY_BODY_PLACES + ("网格",) + LOCALITY_COMMITTEES
# 属地乡镇 / 属地街道 / 属地镇街: the towns or streets whose ground the row's work lies on answer for it (their governments
# and offices), as a 责任乡镇 column's do; only after 属地 (乡镇 alone heads a grouping column, TABLE_PLACE_HEADS)
TABLE_GROUND_UNIT_HEADS = ("乡镇", "街道", "镇街")
# what a project list or a 清单 says of each row beside its task, units and date (建设规模, 验收标准, 建设年限,
# 计量单位): a column no other header word names, kept in the row's text; the header goes on past it
# the measure words of a count (新建口袋公园8处, 改造小区20个, 改厕300户): a cell ending in a number and one of them says how
# many, and is no body's name even where the word is a name's ending too (处, 所, 站)
COUNT_MEASURES = ("处", "个", "所", "座", "家", "户", "条", "公里", "千米", "米", "亩", "平方米", "万元", "亿元", "人", "人次",
                  "次", "台", "套", "间", "张", "辆", "吨", "项", "站",
                  # 部 counts lifts, vehicles, telephones (加装电梯60部): after a number never a ministry's 部
                  "部")
# the stretch of road, river or ground a row covers (路段, 整治区域, 具体位置): beside a task column the place it is done,
# kept in the row's text; in a road's, a river's or a grid's 联动分工表 / 包保表 with no task column (序号 | 路段 | 责任单位
# | 联络人 | 值班电话) the stretch is what each row's units answer for, and titles the row (source/formats/table/header.py)
TABLE_STRETCH_HEADS = ("路段", "区域", "位置")
# a column of those a row's work is done for or to (培训对象, 参训对象, 服务对象, 抽查对象, 帮扶对象): the bodies it names
# (各县（市、区）委组织部分管负责同志, 市直经济部门、市属国有企业) are acted on, never the units doing the work; a cell
# there reading as units is no sign the row's cells were shifted (source/formats/table/cell_lines.py)
TABLE_OBJECT_HEADS = ("对象",)
# the sector a 监管职责清单's row covers (行业领域, 监管领域: 三管三必须 lists set one sector a row, its units beside it)
# and what an inspection schedule's row inspects (检查对象, 督查对象: a 重点检查安排表 with no 检查内容 column beside
# 检查时间 | 牵头单位 | 参加单位). Beside a task column the first groups the rows and the second is kept as text; in a
# header naming no task column but unit columns, the one such column names the rows (source/formats/table/header.py)
TABLE_SECTOR_HEADS = ("领域",)
# a column citing where each row's duty or task comes from (职责依据, 法律依据, 政策依据, 任务来源, 出处): its cells cite
# laws and documents (《…》第X条), a cell of two citations two paragraphs (source/formats/table/delimited.py)
TABLE_SOURCE_HEADS = ("依据", "来源", "出处")
# of those, a duty list's legal basis (职责依据, 法律依据, 政策依据) quotes the article itself (《…》第四条：…公安机关负责…):
# text kept under the column's name on a line of its own, never a duty statement naming the row's units
# (source/formats/table/rows.py, parse/annotations/__init__.py _BASIS_FIELD)
TABLE_BASIS_HEADS = ("依据",)
TABLE_INSPECTED_OBJECT_COLUMN = r"^(?:检查|督查|督导|巡查|抽查|暗访)对象$"
# the count columns of a training or event plan (培训人数, 天数（天）, 学时, 期数, 场次): a bare figure per row, which may
# equal the next row's 序号 (source/formats/table/cell_lines.py) and names no body
TABLE_COUNT_HEADS = ("人数", "天数", "学时", "课时", "期数", "场次")
TABLE_NOTE_HEADS = ("规模", "数量", "计量", "现状", "标准", "方式", "性质", "年限",
                    # a progress report on a list (1-10月推进情况, 完成情况, 是否达序): what was done, kept as text
                    "情况", "是否",
                    # a 台账's 预期效果 / 实施效果, a project's 建设地点, a plan's 实施步骤 beside its task
                    "效果", "地点", "步骤",
                    # a remediation list's 整治路段（区域） / 整治区域 / 具体位置: where the work is done, a place, no body
                    *TABLE_STRETCH_HEADS,
                    # an inspection plan's 抽查对象 / 抽查比例 / 检查频次 / 所属行业 beside the matter inspected
                    "对象", "比例", "频次", "行业",
                    # a 政策兑现清单's 申报条件 / 享受条件 and 申报材料 beside each measure: who may apply and with what
                    "条件", "材料",
                    # a drill, training or activity calendar's 演练形式 / 活动形式 (实战演练, 桌面推演, 线上): how each item
                    # is held, beside what it is
                    "形式",
                    # a training or event plan's count columns (人数, 天数（天）, 学时, 期数, 场次): how many people, days or
                    # sessions each class or event takes, a bare figure per row naming no body
                    *TABLE_COUNT_HEADS,
                    # a 任务分解表 handing physical quantities down to towns or units (建设面积, 改造面积, 种植面积):
                    # how much ground each row's work covers, a figure per row naming no body
                    "面积")
# the measures a column's bracketed note states its figures in (建设面积（万亩）, 目标任务（万亩）, 新建里程（公里）,
# 资金（万元）, 新增产能（万吨）): a column so measured holds a figure per row, never a task nor a body, whatever word
# names it (目标任务 alone names the task column); a 分解表 of quantities heads its figure columns so
TABLE_COLUMN_MEASURES = ("亩", "万亩", "公顷", "平方米", "万平方米", "平方公里", "立方米", "万立方米", "公里", "千米", "米",
                         "元", "万元", "亿元", "吨", "万吨", "千瓦", "万千瓦", "兆瓦", "个", "处", "座", "户", "万户",
                         "人", "万人", "人次", "台", "套", "辆", "头", "只", "%", "％")
# the measures that make a decimal at a cell's start a figure, never a level code (3.5万亩高标准农田建设, 2.5亿元涉农资金,
# 1.2公里道路, 0.8%): a magnitude (万, 亿) or a unit of length, area, volume, weight, money or power written
# straight after it (no space between). Only words no heading opens with: 1.2 人才引进, 2.1 个体工商户, 1.1 米袋子 are codes
FIGURE_MEASURE_STARTS = ("万", "亿", "%", "％", "‰", "公里", "千米", "公顷", "亩", "平方", "立方", "元", "吨", "千瓦",
                         "兆瓦", "倍", "个百分点")
# a table's total row (合计 | 30个 | 4708, 小计 under a group, 总计 at the foot): the word in its 序号 or first cell, the
# sums in the figure columns; a sum of the rows above, never a task of its own
TABLE_TOTAL_WORDS = ("合计", "小计", "总计", "共计")
# the measure of a group row's count in a project list exported from a spreadsheet (产业类 | 12个 | | 182900): how many
# rows the group holds, written beside its name where a task row has its 项目名称
TABLE_GROUP_COUNT_MEASURES = ("个", "项")
# words that make a group row's name a kind of body, no one body (县直有关部门, 市直各部门, 县级相关部门, 市委各部门):
# a 清单 grouped by the body in charge names each body by its jurisdiction and office (市公安局), never a class of them
TABLE_GROUP_KIND_WORDS = ("各", "有关", "相关", "所属", "直属")


# the cell spanning the period sub-columns of a two-row header pasted one cell per line (年度目标 over 2025年 | 2026年,
# 进度安排 / 时间节点 / 推进计划 over 一季度 | 二季度, 责任分工): it names a division of the work in time or among units.
# A bare 目标 column (目标要求, 工作目标, 目标任务) is a column of its own the rows fill, beside quarters it does not span.
TABLE_SPAN_WORDS = ("年度", "季度", "进度", "安排", "计划", "阶段", "分解", "分工", "节点")


# a table column holding a bare figure per row (考评内容 | 分值 | 评分标准, 指标 | 目标值 | 责任单位): its cell, a bare
# number, may equal the next row's 序号 (source/formats/table/cell_lines.py)
TABLE_FIGURE_HEADS = ("分值", "分数", "标准分", "权重", "目标值", "标准值", "预期值")
# 全县目标 / 全市目标任务 / 年度目标 / 县级目标 / 全县任务: a target breakdown (目标任务分解表) heads beside its
# 指标（任务）名称 column the figure the whole area, or the year, is to reach (6.5, ≥95, 年中另行下达), and a
# 乡镇（街道）分解任务 / 分解目标 cell over the quotas it hands down: figures, never the rows' work. Read as the task
# column, they titled every row by its figure. The scope words, then the target words (words/columns.py
# `figures_beside_indicators`; only where an indicator's column names the work beside them).
TABLE_AREA_FIGURE_SCOPES = ("全县", "全市", "全区", "全省", "全州", "全盟", "全旗", "全镇", "全乡", "全年", "年度",
                            "县级", "市级", "区级", "省级", "本级")
TABLE_AREA_FIGURE_TARGETS = ("目标任务", "目标", "任务", "任务数")
TABLE_BREAKDOWN_FIGURE_ENDS = ("分解任务", "分解目标", "任务分解", "目标分解")
# A 分解表 handing quotas down to 乡镇 / 街道 heads one column per locality after its role columns, in place of (or
# under) a spanning 乡镇（街道）分解任务: bare place names (城关镇, 东坝乡, 龙溪街道) or the locality's government (东坝镇人民政府,
# 龙溪街道办事处). The endings such a column's name closes with, and the openings that make it a scope, not a
# locality (全镇, 各乡镇, 本街道) (source/formats/table/cell_lines.py `_locality_columns`)
TABLE_LOCALITY_COLUMN_ENDS = ("镇", "乡", "街道", "镇人民政府", "乡人民政府", "街道办事处")
TABLE_LOCALITY_COLUMN_NOT_OPENINGS = ("全", "各", "本", "该", "乡镇", "街道")
# the places a breakdown hands its quotas down to, written before those words (乡镇（街道）分解任务, 各县分解目标): a
# bare 任务分解 / 目标分解 heads the measures the units take, the rows' work
TABLE_BREAKDOWN_FIGURE_PLACES = ("乡镇", "街道", "县", "区", "市", "镇", "乡", "村", "社区", "各地", "县区", "区县")
# the names of a column naming the indicators beside such figures (指标名称, 指标（任务）名称 read without its note,
# 考核指标). A column merely holding the word (指标值, 量化指标, 绩效指标, 指标属性) holds values or attributes of
# indicators, and beside it a 年度任务 / 全年目标 column names the work.
TABLE_INDICATOR_COLUMN_NAMES = ("指标", "指标名称", "主要指标", "考核指标", "指标任务名称")
# the word of a column the target-breakdown fallback takes as the rows' indicators (header._kinds_of)
TABLE_INDICATOR_COLUMN_WORDS = ("指标",)


# A citation of the chapter (and section) of the plan a task carries out: 第四章第三节, 规划第三章第二节, 对应规划第三章,
# 《规划》第五章第三节, 《纲要》第八篇. A 规划 / 纲要 分工方案 writes it beside each task (a 规划章节 column, a clause of the
# task's bracket); it refers to the plan's text and names neither a group nor a body. One task may carry out several
# sections of a chapter, cited as a run (第四章第二节、第三节 / 第三章第一节至第三节 / 第五章第二、三节): one citation still.
_CITED_NUMBER = r"[一二三四五六七八九十百零〇\d]{1,4}"
_SECTIONS_JOINED = r"[、和及至到－—~-]"
_CITED_SECTION = rf"第{_CITED_NUMBER}(?:{_SECTIONS_JOINED}{_CITED_NUMBER}){{0,4}}节"
PLAN_CHAPTER_CITATION = (rf"(?:对应)?《?(?:规划|纲要)?》?第{_CITED_NUMBER}[章篇]"
                         rf"(?:{_CITED_SECTION}(?:{_SECTIONS_JOINED}{_CITED_SECTION}){{0,4}})?")
# A citation of the item of an earlier plan a notice adjusts or restates: 《分工方案》第22项, 原方案第6项, 第22项. A
# notice adjusting a plan's division of work writes it in the bracket of each item, beside the item's units
# (（《分工方案》第22项，牵头单位：市X局）); it refers to the plan's text and names no body. The plan is named in 《》 or
# by a few words ending in its kind (原方案, 分工方案), or not at all.
PLAN_ITEM_CITATION = (r"(?:原|对应)?(?:《[^《》\n]{1,30}》|[\u4e00-\u9fff]{0,6}?(?:方案|规划|纲要|清单))?"
                      r"第[一二三四五六七八九十百零〇\d]{1,4}项")


# The word before an item's number in a cell citing which item of the plan a 清单's row restates (任务6, 条目3, 事项12,
# 方案任务6): a 重点任务清单 attached to the 实施方案 it sets out in a table points each row back to the plan's item
# under a 方案任务序号 / 对应方案条目 / 对应任务 header (source/formats/table/marks.py: _PLAN_ITEM_CELL).
PLAN_ITEM_WORDS = ("方案任务", "任务", "条目", "事项")


# ---- a task table's header: what each column names, by its words (source/formats/table/header.py) ----
# Header cells are recognised by meaning: the words that name the column, not
# one spelling of it. Order matters: 协同责任单位 is support, not responsible.
# the header of a school calendar's column of teaching weeks (周次 | 日期 | 工作内容, rows 第1周 …): its number column
TABLE_WEEK_HEADS = ("周次", "周别")
# a schedule's spanning cell that says its sub-columns are months (进度安排（月）, 实施月份, 推进时间（月份）): a sheet may
# head those sub-columns with the bare month numbers 1 | 2 | … | 12
TABLE_MONTH_SPAN_ENDS = ("月", "月份")
# the short words naming the sub-columns of a unit column spanning a header's two rows (责任单位 over 属地 | 行业部门,
# 责任主体 over 县区 | 部门, 责任单位 over 市直 | 属地): a scope (where or in which line of work the body answers) and / or
# a head word, no column word of their own; each fills out the spanning cell's name (属地 + 责任单位 = 属地责任单位)
TABLE_UNIT_SUBHEAD_SCOPES = ("属地", "行业", "县区", "区县", "市县", "县市") + UNIT_SCOPES
TABLE_UNIT_SUBHEAD_HEADS = ("部门", "单位", "政府")
# the head word a sub-column's name under a spanning unit column leaves out (责任分工 over 第一责任 | 直接责任: the
# 第一责任单位 and the 直接责任单位): a name that reads as a unit column filled out with it is a kind of unit the reader
# knows, no name to report (header.py `_sub_columns_named`)
TABLE_SUB_COLUMN_HEAD = "单位"
# the bare heads that close a sub-column's name of a word and a head (主抓单位, 主推部门): a kind of unit, no body's name
TABLE_SUB_COLUMN_NAME_HEADS = ("单位", "部门")
# a level's scope inside a unit column's name (包联县直单位, 责任市级部门), optional
_TABLE_UNIT_SCOPE = f"(?:{alternation(UNIT_SCOPES)})?"


def _joined_column_heads(heads: tuple[str, ...], second: tuple[str, ...] | None = None) -> str:
    """One head of a unit column's name, or two joined as a label joins its heads (责任社区/村, 责任大队/中队,
    责任中队、科室: LABEL_HEAD_JOINERS); `second` the heads the joined one may be, `heads` by default."""
    return f"(?:{alternation(heads)})(?:[{LABEL_HEAD_JOINERS}](?:{alternation(second or heads)}))?"


# 督查内容 / 督查事项 / 督导内容: a 督查方案's column of what is inspected. Alone it is the rows' work; beside another
# work column (督查内容 | 工作任务 | 责任单位) it says how that work is checked (查看台账), and the work column holds the
# task and its title (header.py `_inspected_matter_beside_work`). 督办事项 beside a 目标任务 stays the title (a
# 挂牌督办清单 names its matters so).
TABLE_INSPECTED_MATTER_COLUMN = r"^(?:督查|督导)(?:检查)?(?:事项|内容)(?:名称)?$"
# one locality unit head, or two joined (责任社区/村, 责任村、社区)
_TABLE_LOCALITIES = _joined_column_heads(TABLE_LOCALITY_UNIT_HEADS)
# a bureau's squads as a unit column's head (责任中队, 责任大队), or two joined: squads of two sizes or a squad and the
# bureau's sections sharing the rows (责任大队/中队, 责任中队、科室)
TABLE_SQUAD_HEADS = ("中队", "大队", "支队")
_TABLE_SQUADS = _joined_column_heads(TABLE_SQUAD_HEADS, TABLE_SQUAD_HEADS + ("科室",))
# a unit column's name saying the units share the row's work (责任分工): alone it is the units' column, their roles in
# its cells; over a lower row of 牵头单位 | 配合单位 it spans those, which take its place
TABLE_DIVISION_HEADS = ("责任分工", "部门分工", "单位分工")
# A 三个责任 / 责任清单 table names its unit columns by the kind of responsibility their bodies bear (属地管理责任 |
# 部门监管责任 | 企业主体责任, often under a spanning 责任分工): each cell lists the bodies bearing that share of the row
# (各乡镇（街道） / 县X局牵头，县Y局配合 / 各燃气经营企业), all answering for it, as 负属地责任 / 负监管责任 read in a
# sentence (VERBS_AFTER_A_NAMED_BODY). Only as the whole name of a column: 落实属地管理责任 is a task's title. Not a
# column of duty text (TABLE_ROLE_DUTY_ENDS) when its cells are names; a list writing duty sentences under the same
# header (各乡镇（街道）负责日常巡查) has them read as duty columns (table.rows._share_columns_of_duties). Each name
# says who bears the share (属地 the ground's government, 部门 / 行业 the line department, 企业 the enterprise); the bare
# kinds (主体责任 | 监督责任 beside a 责任主体 column, a 两个责任清单) head what the body in that row must do, duty
# text, and stay out
TABLE_BORNE_DUTY_HEADS = ("属地责任", "属地管理责任", "部门监管责任", "行业监管责任", "行业主管责任", "部门主管责任",
                          "企业主体责任")
# the words a chain-stage group column's name may open with (整治环节, 监管环节, 链条环节, 流程环节): the campaign or the
# chain whose stages it names. Only these and the bare 环节: a column of per-row text ending so (薄弱环节, 关键环节: the
# weak point each row fixes) is no group
TABLE_CHAIN_STAGE_QUALIFIERS = ("整治", "治理", "监管", "链条", "产业链", "流程", "全链条")
# the words naming the aiding side of a pairing-aid project list's unit column (援建单位, 后方对接单位, 结对单位,
# 市级对口部门, 支援单位): the aiding city's bodies, answering for their projects (TABLE_HEADER_KINDS, responsible)
TABLE_AIDING_SIDE_WORDS = ("援建", "支援", "结对", "对接", "对口")
# 支援单位 / 支援部门 beside a 牵头单位 (an emergency plan's 处置分工: 牵头单位 | 支援单位): the bodies backing the
# leading one support it, as 配合 does; alone or beside the implementers they are a pairing-aid list's aiding side
# (header.py `_backers_beside_a_lead`)
TABLE_AID_COLUMN = r"^支援(?:单位|部门)$"
# the side words heading the sub-columns of a pairing-aid table's 责任单位 and 责任人 (each over 前方 | 后方): the
# front command on the aided ground and the aiding city at the back; each fills out its spanning cell's name
# (前方 + 责任单位 = 前方责任单位), no column word of its own (header.py `_sides_named`)
TABLE_SIDE_SUBHEADS = ("前方", "后方")
# the header a task table pasted without its header row is read under, its columns known by their content (a running
# 序号, the task's text, a cell of units: table.rows._first_row_read_by_content)
HEADERLESS_TASK_TABLE_COLUMNS = ("序号", "任务", "责任单位")
# 指标牵头单位 / 指标责任单位 / 任务配合单位 / 事项落实单位: an indicator plan (营商环境对标提升, 考核指标分解) names
# its unit columns after what each row holds, the indicator, the task or the matter, written before the role label.
# The label closing the name gives the column its role whatever plain word comes before it: read by the first header
# word found, 指标 made it a column of text (extra, below) and every row lost its leads. Only a plain word of one to
# four characters before the label (words.columns `_qualified_role_column`): 考核指标及责任单位 names two things, and
# 说明：牵头单位 is a note's label, no column name
TABLE_ROLE_LABEL_ENDS: tuple[tuple[str, str], ...] = (
    ("牵头单位", "lead"), ("牵头部门", "lead"),
    ("责任单位", "responsible"), ("责任部门", "responsible"),
    ("配合单位", "support"), ("配合部门", "support"),
    ("落实单位", "implement"),
)
# the oversight words that, qualifying a role label (督办牵头单位, 督查责任单位, 督导责任单位, 督促责任单位, 监督责任单位),
# name the body overseeing the task beside the units doing it (a 督查室 in a column beside 牵头单位 / 责任单位): it
# supports, as 督办单位 / 督查单位 and the verbs 督促 / 督导 / 监督 do (LABEL_ROLE_WORDS), whatever its label says
TABLE_OVERSIGHT_QUALIFIERS = ("督办", "督查", "督导", "督促", "监督")
# the joining words that make the words before a role label two things (考核指标及责任单位, 指标和责任单位), no qualifier
TABLE_ROLE_LABEL_JOINS = "及和与并或"
# the one-character kinds of office a body's own table names its responsible column by after 责任 (责任部（处）,
# 责任处（室）, 责任科（室）, 责任股, 责任室): a committee's or a headquarters' 部, a department's 处, a bureau's 科 / 股,
# a party body's 室 (TABLE_HEADER_KINDS; the labels' LABEL_HEADS and LABEL_HEAD_ALTERNATIVES hold them too)
TABLE_OFFICE_HEADS = ("部", "处", "科", "股", "室")
# what a pilot plan's column of pilots is named by after 试点 (试点单位, 试点学校, 试点县（市、区）, TABLE_HEADER_KINDS)
TABLE_PILOT_HEADS = ("单位", "部门", "机构", "学校", "医院", "企业", "园区", "地区", "县", "区县", "县区", "县市区",
                     "市", "乡镇", "街道", "社区", "村")
# a working group's (专班's) column of its member bodies (专班成员单位, 成员单位, 组员单位): support beside a lead
TABLE_MEMBERS_COLUMN = r"^(?:专班|工作专班|工作组|专项工作组)?(?:成员|组员)(?:单位|部门)$"
TABLE_HEADER_KINDS: tuple[tuple[str, str], ...] = (
    # 周次 / 周别: a school's 行事历 or 周安排 numbers its rows by the teaching week (第1周, 第3—4周), its number column
    ("number", r"^(序号|编号|序|No\.?|NO\.?|" + "|".join(TABLE_WEEK_HEADS) + ")$"),
    # 自动编号 / 记录编号 / ID: a smart sheet (腾讯智能表格, 金山多维表) numbers its records by a field so named, printed
    # 1 2 3 or as a code (ZD001, RW-001: table.rows._TASK_CODE_CELL); it numbers the rows as a 序号 does, no file's code
    # (…编号 of a case or a proposal, below)
    ("number", r"^(?:自动编号|记录编号|ID)$"),
    # 2018年度 | 2019年度, 一季度, 上半年: sub-columns of a 年度目标 / 进度安排 header, read as text
    # 1—3月 | 4—6月 (1-3月, 1～3月, 1月—3月, 11至12月): a 挂图作战 / 推进计划 table sets its quarters as month ranges
    # 3月底前 | 6月底前 | 年底前 (6月30日前, 一季度末, 上半年前): a 时间节点 over the dates each stage is due by, the
    # stage's work under each; a date closing a period (…底 / …末 / …前) names the period as its bare name does
    ("period", r"^(?:(?:\d{4}\s*年度?|第?[一二三四1-4]季度|[上下]半年|\d{1,2}月份?|\d{1,2}月\d{1,2}日|年[中底末])"
               r"(?:底|末|[上中下]旬)?前?"
               r"|\d{1,2}(?:\s*月)?\s*[—–\-－~～至到]{1,2}\s*\d{1,2}\s*月份?|近期|中期|远期)(?:目标|任务)?$"),
    # 任务来源 / 政策依据 / 备注 / 考核指标: kept in the task's text under their header, never read as units (a 备注
    # cell that is only bodies and a role verb, 县交警大队配合, is read as that role too: NOTE_CELL_ROLE_VERBS)
    # 建议号 / 提案编号 / 文号: the reference a proposal or a document is filed under, a code and no column of units;
    # a 建议 / 提案 table printing no 序号 numbers its rows by it when it is the first column and every row's cell a
    # filing number (第3号, 第48、52号（并案）: table.rows._filing_number_column), as a 提案 list in running text does;
    # 案件编号 / 问题编号 / 事项编号 / 项目编号: any …编号 column (a 信访积案 or 整改 list's file number beside the
    # 序号) holds the code each row is filed under, never its work or its units (a bare 编号 is the row number, above)
    # 目标值 / 分值 / 权重: a target breakdown's figures beside its indicators, never the task
    # 督导单位 / 督办单位 / 督查部门 / 监督单位: an 整改清单's or a 督办 table's column of the bodies overseeing those
    # that carry each row out, beside its 责任单位: they support, as the annotation labels read them; the same words
    # naming no body (督办领导, 督查情况) stay text, below
    # 发榜单位 / 发榜部门: a 揭榜挂帅 榜单's column of the bodies that set each challenge and guide, back and accept the
    # work of the 揭榜单位 beside it: they support, as the annotation label reads them
    ("support", r"^(?:督导|督办|督查|督促|监督|发榜)(?:单位|部门|处室|科室|机构)$"),
    # 试点单位 / 试点学校 / 试点医院 / 试点县（市、区）: a 试点工作方案's table names the bodies carrying out each pilot
    # (试点任务由各试点单位具体承担); they take the work on and answer for it, as a 承担单位 does (the bracket of
    # 试点县（市、区） is a header note, column_name). Only the whole name: 试点任务 / 试点内容 are the work.
    ("responsible", r"^试点(?:" + alternation(TABLE_PILOT_HEADS) + ")$"),
    # 指导单位 / 业务指导单位 / 指导处室: beside the pilots or the doers, the offices guiding, following and assessing
    # each row's work (指导单位负责业务指导、过程跟踪和成效评估): they support, as a 督导单位 and the label 指导单位：do
    ("support", r"^(?:业务|技术)?指导(?:单位|部门|处室|科室|机构)$"),
    # 专班成员单位 / 成员单位 / 组员单位: a 专班 or working group's project table names beside its 牵头单位 the bodies
    # serving on each project's group; they help the lead, as the label 成员单位：reads. (A duty list set as a table,
    # 序号 | 成员单位 | 主要职责, has no lead: there the column names the body answering for each duty, header.py
    # `_members_alone`)
    ("support", TABLE_MEMBERS_COLUMN),
    # 督办事项 / 督办内容 / 督办事项名称: a 挂牌督办清单 names each matter it oversees in this column, the rows' work and
    # their title beside a 目标任务 (as 重点工作 is); the 督办 word alone would keep it text (the extra row below), and
    # with no other work column the whole table was lost. The people overseeing it (督办领导) are a people column.
    # 督查事项 / 督查检查事项 / 督导事项: a 督查检查计划 or 督导方案 names each matter it inspects so, the row's work
    # as 检查事项 is; read by the 督查 word as text, the table had no task column and collapsed into one task
    # (a 督查内容 / 督导事项 beside another work column, 督查内容 | 工作任务, says how the work is checked, not the work:
    # kept as text there, header.py `_inspected_matter_beside_work`, TABLE_INSPECTED_MATTER_COLUMN)
    ("task", r"^督办(?:检查)?(?:事项|内容)(?:名称)?$|" + TABLE_INSPECTED_MATTER_COLUMN),
    # 制定或修订 / 制定/修订 / 制修订 / 制订或修订: a standards, rules or legislative plan says of each item whether it is
    # drawn up new or revised (its cells 制定 / 修订); the bare words are such cells, never a column's name
    # 完成标志 / 完成标准 / 验收标准: a 推进计划's or 进度安排表's column of what shows each row done (规划经批复,
    # 通过验收), after its month sub-columns: the row's yield, as 成果 is, never a unit or a date
    # 分工 / 责任类型 / 责任类别 / 单位类型: a column of role words (牵头 | 配合 | 落实) beside one 责任单位 column, a row a
    # role (a 分工表 sets each task over a 牵头 row and a 配合 row, its cells merged down; a 督办 system's export a row per
    # unit): each row's role word is the role of that row's units (rows.py `_role_column_beside_units`, which reads the
    # column as text again where its cells are not role words)
    ("role", r"^(?:分工|责任类型|责任类别|单位类型|分工类型|责任分类)$"),
    # An 编纂 / 编写 work plan (地方志, 年鉴, 部门志, 党史 or 文史 资料) names its unit columns by the share of the
    # writing each body takes: 主编单位 edits the whole and leads; 承编单位 (编写单位, 撰稿单位) compiles its part
    # and answers for it, as the 方案 says (承编单位负主体责任); 协编 / 参编 units help compile it and 供稿 / 组稿
    # units hand in or gather material for it: they support. Unknown, the header had no unit column and a 篇目分工
    # table was lost. Only the whole name: 主编 / 撰稿人 alone name people. (主编单位, lead, stands after the first
    # lead entry: parse/rules.py reads that one as the lead column's words)
    ("responsible", r"^(?:承编|编写|撰稿)(?:单位|部门)$"),
    ("support", r"^(?:协编|参编|供稿|组稿)(?:单位|部门)$"),
    ("extra", r"电话|备注|说明|来源|依据|出处|指标|成果|成效|督办|督导|督查|(?:建议|提案|议案|案|文)编?号$|.编号$"
              r"|^(?:完成|验收|考核)(?:标志|标准)$"
              r"|(?:目标|标准|预期|年度)值$|分值$|权重$|^制[定订]?(?:或|和|及|与|、|/|／)?修[订改]$"),
    # 类别 / 重点领域: a merged group cell over several rows; each new value starts a section
    # 章节 / 评审章节 / 所属章节 / 章 / 部分: a 分解表 set out by the chapters of a standard (评审标准, 考核细则) heads
    # its merged group column by the chapter (第一章 医院功能与任务), which groups the rows as a 类别 does
    # 环节 / 整治环节 / 监管环节 / 链条环节: a 全链条 (全流程) 整治方案 sets its 分工表 out by the stage of the chain
    # (生产环节, 销售环节, 使用环节, 回收环节), the stage's cell merged down its rows as a 类别 is; read as no column,
    # a one-cell-per-line copy lost the empty slot and every row after a group's first slipped (TABLE_CHAIN_STAGE_QUALIFIERS)
    ("group", r"类别|领域|板块|分类|类型|章节$|^(?:章|篇|部分)$|^(?:" + alternation(TABLE_CHAIN_STAGE_QUALIFIERS) + ")?环节$"),
    # 原行使部门 / 原实施部门 / 原执法部门 / 原职能部门 / 原承担部门: a 综合行政执法事项目录 or a 职责划转清单 names
    # beside the body now exercising each power (实施主体) the department that held it before the transfer; it hands
    # the power over and keeps its supervision of the trade (the lists' notices: 原行使部门继续履行行业监管职责), and
    # answers for the row as a 划出单位 does (below). Before the implement entry: 原实施部门 is no 实施部门.
    ("responsible", r"原(?:行使|实施|执法|承担|职能)(?:单位|部门|机关)"),
    # 会办单位: the units that send the 主办单位 their views on a deputy's proposal (建议 / 提案 办理分工)
    # 联办部门 / 联动部门: the departments handling a 高效办成一件事 jointly beside its 牵头部门
    # 参演单位 / 参训单位 / 参演力量: a drill or training calendar (应急演练计划, 培训计划) heads the bodies taking part
    # in each drill or course so, beside the 组织单位 running it; they take part as a 参加单位 does, and support
    ("support", r"配合|协同|协助|协办|会办|参与|协作|(?:参加|支持|联办|联动)(?:单位|部门)|参[演训](?:单位|部门|力量)"),
    # 汇报单位 / 汇报部门: an agenda plan (常务会议 / 常委会 议题计划, 重大决策目录) names the department reporting each
    # matter to the meeting; it answers for the matter, as the label 汇报单位： reads (LABEL_ROLE_WORDS). Unknown, the
    # column was no unit column, and in a cell-per-line copy a title wrapped over two lines slid into the unit cells
    ("responsible", r"^汇报(?:单位|部门|处室|科室|机构)$"),
    # 报到部门 / 响应部门 / 响应单位: a 吹哨报到 (接诉即办) response list names the department that must come when the
    # whistle is blown and handle the matter within the time allowed; it answers for the matter, as a 承办单位 does
    ("responsible", r"^(?:报到|响应)(?:单位|部门)$"),
    # 会同单位 / 会同部门: an agenda plan (常务会议 / 常委会 议题计划, 重大决策目录, 立法计划) names beside the 汇报单位 /
    # 起草单位 the bodies it works the matter up with; they back it, as the units after 会同 do in running text
    ("support", r"^会同(?:单位|部门|处室|科室|机构)$"),
    # 主办单位 over 会办 / 协办 (a proposal's handling): the body answering for it, as the annotations read 主办;
    # 主责部门 over 协同部门 (a 高效办成一件事 list, a 督办 table): the body answering first, as the label 主责单位 reads
    # 发起部门 over 配合部门 (a joint inspection plan): the department that starts and runs the inspection leads
    # 组织实施处室 / 组织实施单位 / 组织单位: an inspection or project plan names the office that organises each item
    # (draws up its rules, gathers the results) by what it does; a body that 组织s the work leads, as 组织 after a
    # body's name reads (before 实施, which alone names the bodies carrying it out)
    # 吹哨主体 / 吹哨单位 / 召集单位: a 吹哨报到 (接诉即办) response list names the street office or body that calls the
    # departments in and convenes the on-site consultation; it starts and organises the handling, as a 发起部门 does
    ("lead", r"牵头|主办|主责|发起(?:单位|部门)|组织(?:实施)?(?:单位|处室|科室|机构)"
             r"|吹哨(?:单位|部门|主体)|召集(?:单位|部门)"),
    # 落实单位 / 实施主体 / 实施处室: the bodies that carry the task out, as the annotation lexicon reads them
    # (落实县直单位: a level's scope between, as for the responsible columns below)
    # 落实社区 / 实施村: the localities carrying the task out (TABLE_LOCALITY_UNIT_HEADS)
    # 受援单位 / 受援部门: a pairing-aid project list's column of the receiving place's bodies, which build and run
    # each project where it stands with the aiding side's money, as its 受援地实施单位 reads (beside the aiding side's
    # 援建单位, responsible below)
    ("implement", r"(落实|实施)(单位|部门|主体|处室|科室|机构)|(?:落实|实施)" + _TABLE_UNIT_SCOPE + "(?:单位|部门)"
                  r"|^受援(?:方|地)?" + _TABLE_UNIT_SCOPE + "(?:单位|部门)$"
                  r"|^(?:落实|实施)" + _TABLE_LOCALITIES + "$"),
    # A reserve plan (应急物资 / 粮油 / 医药 储备计划) names per item the body holding the stock, 储备单位 (承储单位,
    # 收储单位, 储备主体): it answers for the item's reserve, as the plan's own sentence says (储备单位为…责任主体); and
    # the enterprise storing it on the government's behalf under an agreement, 代储单位 / 代储企业 (承储企业): it
    # carries the storing out, as a 落实单位 does (代储企业按照代储协议落实…). Only the whole name (储备物资, 储备数量
    # are the item and its figure). Beside them the body approving the stock's release, 调用审批部门 / 动用审批单位,
    # decides on requests and does none of the work: a column the reader knows names no unit (no warning of an
    # unknown body column, table.rows `_unread_body_columns`)
    ("responsible", r"^(?:储备|承储|收储)(?:单位|部门|主体)$"),
    ("implement", r"^代储(?:单位|企业|主体)$|^承储企业$"),
    ("extra", r"^(?:调用|动用)审批(?:单位|部门|机关)$"),
    # 主管部门 / 行业监管部门 / 归口单位: the body a task belongs to; 责任区县 / 责任乡镇: the localities that carry it
    # 兑现单位: a 若干政策措施 兑现清单 names the body paying out or granting each measure (as the annotations read it)
    # 起草单位: a legislative plan's table names the body drafting each bill (as the annotations read 起草单位)
    # 编制单位 / 编制部门: a plan catalogue (专项规划目录, 规划编制计划) names the body drawing up each plan by that work;
    # it answers for the plan as a 起草单位 answers for a bill
    # (责任站所 / 责任站办所 / 责任办所 / 责任股室 / 责任部室 / 责任司局: a town's stations and offices, a bureau's
    # sections, a party body's or a ministry's offices, as the annotation labels name them; 责任办 / 责任站 / 责任站办
    # only as the whole name of the column: 责任办理情况 is a progress column)
    # 承检机构 / 承担单位 / 检验机构: an inspection plan names the laboratory that takes on each item's sampling and
    # testing by that work; it answers for the item's testing, as 承担 after a body's name reads
    # 分办单位: a 提案 / 建议 分办 table names the units a proposal is split among, each answering for its part
    # 受理部门 / 受理单位 / 经办部门 beside 兑现部门: a 兑现清单 names the body that takes in and first checks each
    # measure's applications; it answers for that part of the work, as 受理 after a body's name reads
    # 揭榜单位 / 揭榜主体: a 揭榜挂帅 榜单's column of the bodies taking up each challenge, which carry it out
    # 责任中队 / 责任大队 / 责任支队: a law-enforcement, traffic-police or fire bureau parts its work among its squads
    # (城东中队, 交警一大队) as a bureau among its sections (责任科室); the squads answer for their rows
    # 包联县直单位 / 包保市直单位 / 责任县直部门 / 帮扶市级单位: a county or city sheet says which level's bodies the
    # column holds by a scope word (UNIT_SCOPES) between the role word and 单位 / 部门, as a label does (县直责任单位);
    # the scope changes nothing about the role (牵头县直部门 is read by 牵头 alone, above)
    # 包保单位 / 包抓单位: a 包联 sheet's body assigned to a project or village, as 包联单位 (the labels read them alike)
    # 承接部门 / 县级承接部门 / 承接单位: a 收回事项 / 承接事项 list (duties taken back from the towns) names the body
    # that takes each duty over; it answers for it from then on, as 承担 after a body's name reads
    # 划出单位 / 划入单位 (移交 / 接收, 转出 / 转入): a 职责划转清单 of an institutional reform names per duty the body
    # handing it over and the body taking it on; both answer for the transfer (the one for handing over, the other
    # for taking up and carrying out the duty), as such lists' own notes say; 原承担部门 hands over (above)
    ("responsible", r"责任" + _TABLE_UNIT_SCOPE + r"(单位|部门)"
                    r"|责任(主体|处室|科室|区县|县区|乡镇|街道|站办所|站所|办所|股室|部室|司局|企业|警种)|负责(单位|部门|处室|科室|股室|部室|机构)|承办|分办"
                    # the squads, as the whole column name as the localities below (责任中队长 is a people column)
                    r"|^责任" + _TABLE_SQUADS + "$"
                    r"|责任(?:站办|办|站)$"
                    # 责任社区 / 责任村 / 责任网格 / 属地社区: the localities answering for the row (TABLE_LOCALITY_UNIT_HEADS)
                    r"|^(?:责任|属地)" + _TABLE_LOCALITIES + "$"
                    r"|^属地(?:" + alternation(TABLE_GROUND_UNIT_HEADS) + ")$"
                    r"|揭榜(?:单位|部门|主体)"
                    # 发布单位 / 发布部门 / 主发布单位 / 发布主体: a 新闻发布计划 names the body holding each release
                    # (its news conference, its briefing) by that act; it answers for the release, as a 承办单位 does
                    # (协同发布单位 supports, above; 发布人 / 出席人员 name people, no body)
                    r"|发布(?:单位|部门|机构|主体)"
                    # 整改单位 / 整改主体 / 办理单位: an 整改清单 or a 交办 / 办理 table names the bodies carrying out each
                    # row's rectification or handling by that work (the whole name only: 被整改单位 is the body
                    # inspected); they answer for the row, as 整改 / 办理 after a body's name read
                    r"|^(?:整改|办理)(?:单位|部门|主体)$"
                    r"|(?:主管|监管|归口|兑现|起草|编制|帮扶|派出|包联|包保|包抓|受理|经办)" + _TABLE_UNIT_SCOPE + r"(?:单位|部门)"
                    # 援建单位 / 后方对接单位 / 结对单位 / 市级对口部门 / 支援单位: a pairing-aid (援疆, 援藏, 东西部协作)
                    # project list's column of the aiding city's bodies, each answering for its project from the
                    # back as 后方责任单位 and 帮扶单位 do (beside a 牵头单位, 支援单位 backs the leader: TABLE_AID_COLUMN)
                    r"|(?:" + alternation(TABLE_AIDING_SIDE_WORDS) + ")" + _TABLE_UNIT_SCOPE + r"(?:单位|部门)"
                    # 归口管理部门 / 归口管理单位 / 业务归口处室: a 资金安排表 names the department a project's money and
                    # work belong to by the 归口管理 it does (管理 between the word and 部门), as 归口部门 reads
                    r"|归口管理" + _TABLE_UNIT_SCOPE + r"(?:单位|部门)|归口(?:管理)?(?:处室|科室)"
                    r"|(?:承担|承检|检验|检测)(?:单位|机构)"
                    r"|承接" + _TABLE_UNIT_SCOPE + r"(?:单位|部门)"
                    r"|(?:划出|划入|移交|接收|转出|转入)" + _TABLE_UNIT_SCOPE + r"(?:单位|部门)"
                    # 县级责任 / 乡镇责任 / 村级责任: a 三级责任清单's column of one level's duty sentences (above)
                    r"|^(?:" + alternation(TABLE_DUTY_LEVELS) + r")责任$"
                    # 属地管理责任 | 部门监管责任 | 企业主体责任: a 三个责任 list's columns of bearers (above)
                    r"|^(?:" + alternation(TABLE_BORNE_DUTY_HEADS) + ")$"
                    # 责任分工 / 部门分工 as the whole name of one column (| 项目名称 | 责任分工 | 完成时限 |): the units
                    # sharing the row's work, each cell naming their roles itself (牵头：A<br>配合：B); over a two-row
                    # header's 牵头单位 | 责任单位 the sub-columns name the roles (TABLE_DIVISION_HEADS)
                    r"|^(?:" + alternation(TABLE_DIVISION_HEADS) + ")$"),
    # 主编单位: the body editing a whole 志书 / 年鉴 over its 承编单位 leads (the compiling roles, above)
    ("lead", r"^主编(?:单位|部门)$"),
    # 办公室设在 / 办公室所在单位 / 办公室设在单位: an 议事协调机构 list names beside each body the department its office
    # sits in, which carries the body's daily work (the 办公室 of a 领导小组 is run by that department): it answers
    # for the row, as a 承担单位 does
    ("responsible", r"^办公室(?:设在|所在)(?:单位|部门)?$"),
    # 责任部（处） / 责任处（室） / 责任科（室） / 责任股: a body's own plan heads the column of its offices answering for
    # each row by the kind of office (a 组委会's or a 指挥部's 部, a provincial department's 处, a bureau's 科 and 股,
    # a party body's 室), the bracket naming another kind (column_name reads the name before it), beside 牵头部（处） /
    # 配合部（处）, which the role word alone reads. Only as the whole name (TABLE_OFFICE_HEADS): after 责任 the one
    # character opens other words (责任制, 责任书, 责任状, 责任人 people, 责任处理 a duty)
    ("responsible", r"^责任(?:" + alternation(TABLE_OFFICE_HEADS) + ")$"),
    # 月份: a study or meeting schedule (学习计划, 会议安排) heads the month each row is held in by it, often first and
    # merged over the month's rows: when the row is due, as 学习时间 is
    # 日期 / 起止日期: a school calendar's dates of each week (2.10—2.16), when the row's work is done, as 时间 is
    ("deadline", r"时限|时间|节点|期限|截止|进度|月份|日期"),
    # …名称 (项目名称, 任务名称, 专项整治行业名称) names what the row is about, a 项目 column the project;
    # a body's name (单位名称, 部门名称) is caught above or by TABLE_BODY_COLUMN below
    # 建议题目 / 提案题目 / 案由: a 办理分工 table's proposals, an 整改 list's problems, are its rows' work;
    # 建议标题 / 提案标题 / 建议（提案）标题: the same proposals headed by their title, as a …名称 column names its rows
    # (存在问题 / 突出问题 / 问题描述 before 整改措施: the problem titles the row, as in an 整改方案 written as prose,
    # and the measures are its text; 问题整改情况 is a progress report, below)
    # (风险点 / 风险描述 / 风险隐患 / 风险源 before 防控措施: a 防范化解重大风险 清单 names each row by the risk it
    # guards against, as an 整改清单 by its problem; the risk titles the row and the 防控措施 are its text)
    # 学习专题 / 研讨专题 / 学习主题: a study schedule's sessions, each row one subject to study (its 重点学习内容 beside
    # it says what is read for it); 政策条款 / 政策条目: a 若干政策措施 兑现清单 lists each measure (第N条 and its title)
    # as the row's work
    ("task", r"任务|措施|举措|内容|事项|要点|目标|工作|名称|项目|题目|标题$|案由|专题|主题|问题(?:描述|表现)?$|风险(?:点|描述|隐患|源)$|条款|条目"),
)
# A schedule's stage cell (完成项目前期手续, 确定项目选址, 全面完成年度目标): a quarter's or a month's work under a
# 进度安排, a verb of reaching a stage (after an adverb of how fully) and what it reaches. It holds a column word
# (项目, 目标, 任务) as the work's object, but a column's name never opens with such a verb and runs on past it
# (完成时限 / 完成情况 / 完成目标 are column names: the verb and one word); read as a task column's name it made a
# schedule's first row a second header row (header.py `_work_stage`).
TABLE_STAGE_ADVERBS = ("全面", "基本", "全部", "初步")
TABLE_STAGE_VERBS = ("完成", "确定", "启动", "开工", "建成", "实现")
# 监管部门 / 监管单位 / 行业监管部门: the department overseeing a row's work. Alone it is the body the work belongs to
# (an 整治清单's sector owner: responsible, above); beside a column of the bodies doing the work (实施主体, 责任单位,
# 落实单位) it oversees them and supports, as the annotation label 监管部门：… reads (header.py `_oversight_beside_doers`)
TABLE_OVERSIGHT_COLUMN = r"监管(?:单位|部门|处室|科室|机构)$"
# 督导单位 / 督办单位 / 监督部门 beside a 责任单位 (an 审计整改清单, a 督办清单): the office overseeing the doers of each row,
# as a rule one body a row (the 审计局, the 督查室), where the doers' cell lists several bodies one a line. A docx cell
# pasted one paragraph a line runs the doers' lines on into the overseer's: the overseer takes the run's last line
# (fitting.py `_unit_lines_into_columns`)
# (so are 督办牵头单位 / 督查责任单位, a role label qualified by the oversight word, TABLE_OVERSIGHT_QUALIFIERS: alone in a
# 督办清单 beside 督办事项 it names the bodies doing the matter overseen)
TABLE_OVERSEEING_COLUMN = r"(?:督导|督办|督查|督促|监督|监管)(?:牵头|责任)?(?:单位|部门|处室|科室|机构)$"
# 检查单位 / 检查部门 / 督查检查单位: an inspection plan's column of the bodies carrying out each row's inspection, named by
# the act (the bodies inspected are 被检查单位 / 检查对象 beside it). With no column of doers beside it (牵头单位,
# 责任单位, 实施单位) it is the doers' column and answers for the row (header.py `_inspectors_without_doers`); beside
# one it is left a column of bodies, as it was. Only the whole name: 被检查单位 / 受检查单位 are the bodies inspected.
TABLE_INSPECTING_COLUMN = r"^(?:督查|督导)?检查(?:单位|部门|处室|科室|机构)$"
# 存在问题 / 问题描述 / 整改措施 / 整改时限: a findings ledger (检查发现问题整改台账) lists what an inspection found and
# how it is put right; its 检查单位 found the problem and does not carry out the 整改 (the inspected body does), so
# such a column is no doers' column there (header.py `_inspectors_without_doers`)
TABLE_FINDINGS_WORDS = ("问题", "整改")
# 牵头考核部门 / 考核牵头部门 / 考核实施单位 / 评分责任单位 / 数据来源单位: a 目标责任考核 分解表 names beside each
# indicator's 责任单位 the body that examines or scores it, or that supplies its figures, by a column built on the
# act of examining; the role word inside (牵头, 实施, 责任) is the examiner's part in the examining, not in the work.
# Beside a column of the doers holding none of these words (责任单位, 牵头单位, 实施单位) such a column names no unit
# of the task (header.py `_examiners_beside_doers`). A 考核细则 whose only column of the doers is its 考核责任单位
# (考核责任单位 | 配合单位) names by it the body answering for the indicator, and keeps reading it by its role word.
TABLE_EXAMINING_WORDS = ("考核", "考评", "评价", "评分", "测评", "数据来源", "数据提供")
# 单位名称, 项目单位, 建设部门: a column of bodies that no role word names; not the task column
TABLE_BODY_COLUMN = r"(?:单位|部门|机构)(?:名称)?$"
# a column of bodies whose header names no role (衔接单位, 陪同单位, 对接单位 in an inspection's schedule) given one by
# the note under the table (注：衔接单位负责检查点位安排…): the note opens with the column's name and a role verb
# (ROLE_VERBS_OPENING_A_SENTENCE, its role as VERB_ROLES reads it), and the column's bodies take that role (rows.py
# `_columns_given_a_role_by_a_note`). A person's word after the verb (被检查单位负责人 / 负责同志到会) is no role: the
# note speaks of the body's officials
TABLE_NOTE_ROLE_PERSON_WORDS = ("人", "同志", "领导")
# a column of the bodies a row is about (被检查单位, 受检单位, 被督查部门): the objects of the work, never given a role by
# a note speaking of them (注：被检查单位负责准备汇报材料 says what they prepare for the inspectors)
TABLE_OBJECT_COLUMN_OPENINGS = ("被", "受")
# a column of the bodies taking part in an event (参会单位, 参加单位, 列席单位, 出席单位, 参训单位): they attend it, the
# host does the work; a note's duty of theirs (注：参会单位负责通知本单位主要负责同志参会) is what they prepare to come,
# no role in the rows' work, as the objects' is
TABLE_PARTICIPANT_COLUMN_OPENINGS = ("参会", "参加", "列席", "出席", "参训", "参赛", "与会")
# 机构名称 / 议事协调机构名称 / 保留机构名称: a list of bodies being set up, kept, merged or abolished (an 议事协调机构
# 精简调整方案, a 机构改革 list) names each row by the body it adjusts, beside the columns of who runs it (牵头单位,
# 承接单位). The adjusted body is the row's subject, its task, not a column of doers: with role columns and no other
# task column it titles the row (header.py `_adjusted_bodies_as_subject`). Not 单位名称 / 部门名称, which name the
# doers themselves (a duty list set as a table) or the bodies a row is about beside its doers.
TABLE_ADJUSTED_BODY_HEADS = ("机构名称",)
# how the name of a column of bodies ends (储运单位, 联系部门, 承接企业, 对口科室, 包片股室, 督导小组): a column whose name
# the header words (TABLE_HEADER_KINDS) do not know, but which ends so and whose cells read as bodies' names, names
# units in a role the reader cannot tell. Its units are not read (no role is guessed), and the reader says so: a
# warning naming the column and the line of its first row (table.rows `_unread_body_columns`). Beside a unit column
# it knows, the header reader reads such a column as the bodies each row is about (被检查单位 beside 责任单位,
# header.py `_bodies_beside_units`): no warning there
TABLE_BODY_COLUMN_ENDS = ("单位", "部门", "企业", "科室", "股室", "小组")
# …but a column named by how the rows' work reaches its bodies (服务企业 in a 企业服务清单, 涉及企业 beside a 整治任务,
# 落地企业 / 签约企业 / 入驻企业 of an 招商 table, 受益企业) lists the objects of the work, as 被检查企业 does
# (TABLE_OBJECT_COLUMN_OPENINGS): no doers lost, no warning. A doer's verb (承接企业, 储运单位, 引进单位) is not one.
TABLE_REACHED_COLUMN_OPENINGS = ("涉及", "涉事", "服务", "落地", "签约", "入驻", "受益")
# 项目单位 / 项目建设单位 / 建设单位 / 资金使用单位 / 用款单位: a 资金安排表 / 资金分配表 names the body carrying out
# each project and spending its money so (the 预算 terms), beside the department the project belongs to (项目主管部门,
# 归口管理部门, TABLE_OWNER_COLUMN). With no other column of doers (责任单位, 牵头单位, 实施单位) it is the implementer
# (header.py `_project_bodies_beside_owner`); beside a 责任单位 it stays a column of bodies kept in the row's text, as a
# 项目业主 column is (the wholes21 ruling). A 项目业主 / 项目业主单位 (项目业主（企业）) is the same body in a
# project list's words (a 减排 / 治理 / 投资 项目清单): with no column of doers beside it, the enterprise building the
# project carries it out, the department overseeing it (行业监管部门) or owning it (主管部门) answers for it.
# how a column named by the project's owner ends (项目业主, 建设业主): a column of bodies, though 项目 names a task
# column elsewhere (项目名称)
TABLE_OWNER_BODY_ENDINGS = ("业主",)
TABLE_PROJECT_BODY_COLUMN = r"^(?:(?:项目(?:建设|承建)?|(?:资金)?使用|用款|建设|承建)单位|项目业主(?:单位)?)$"
# the department a project or its money belongs to (项目主管部门, 行业主管部门, 资金主管部门, 归口管理部门)
TABLE_OWNER_COLUMN = r"主管|归口"
# 资金主管部门 / 资金使用单位: a column of bodies named by the money they handle. Alone (a 资金安排表) it names the body
# the project belongs to; beside another column of doers (责任单位, 牵头单位) the money's department funds the row
# and does none of its work: kept in its text (header.py `_money_bodies_beside_doers`)
TABLE_MONEY_WORDS = ("资金", "投资", "经费", "预算")
# 发布单位 / 发布部门: responsible for a release where the table's rows are releases (a 新闻发布计划: 发布主题 / 发布内容
# as its work column); beside a policy list's rows (政策名称 | 发布部门 | 发布时间) it names the issuer of a document,
# which is no role in the work (header.py `_publishers_of_no_release`)
TABLE_PUBLISHER_COLUMN = r"发布(?:单位|部门|机构|主体)$"
TABLE_RELEASE_WORDS = ("发布", "主题")
# A matrix's top-left cell split by a diagonal line (斜线表头) names both heads at once: the row heads' column (工作任务,
# 任务, 项目) below the line and the column heads' kind (责任单位, 单位, 部门) above it, written as two lines of the
# cell, two words parted by spaces, or by a slash the typist drew for the line (任务\单位, 任务＼单位, 任务/单位).
# The marks parting the two words besides lines and spaces (header.py `diagonal_corner`).
TABLE_CORNER_SLASHES = ("\\", "＼", "/", "／")
# A 问题台账 / 整改台账 names each problem's place or object first (河湖名称 | 问题描述, 道路名称 | 存在问题,
# 小区名称 | 突出问题) and the problem after it: beside a column of problems the problem is the row's work and its
# title, and a …名称 column naming a place or an object is where it is, kept in the row's text under its header.
# A 名称 naming work (项目名称, 任务名称, 事项名称, 课题名称) stays the task column beside it.
TABLE_PROBLEM_COLUMN = r"问题(?:描述|表现)?$|风险(?:点|描述|隐患|源)$"
TABLE_WORK_NAME = r"(?:任务|措施|举措|事项|工作|项目|工程|课题|专题|主题|行动|活动)名称$"
# A header cell ending in 名称 (活动名称, 项目名称, 指标名称) names a column whole: what each row is about. No column's
# name runs on past it, so a column word on the next line of a header copied one cell a line (活动名称 / 时间) opens
# the next column, not the tail of this one (as 时限 is the tail of 完成)
TABLE_WHOLE_NAME_ENDS = ("名称",)
# The "三张清单" a plan lists its work in (任务清单 | 责任清单 | 时限清单, often after a 问题清单): each
# list is a column, named by what it lists, so 清单 here names a column, not the table's caption.
TABLE_LIST_COLUMNS: tuple[tuple[str, str], ...] = (("task", r"^(?:任务|工作|措施|整改)清单$"), ("responsible", r"^责任清单$"),
                                                  ("deadline", r"^时限清单$"), ("extra", r"^问题清单$"))
# A column of people, not units (分管领导, 责任人, 联系人, 牵头市领导): its names are kept in the task's
# text and never become units; a column naming units as well (责任单位及责任人) is a unit column.
# 领衔代表 / 提案者 / 提案人: the deputies or members who raised a proposal (people, or the party group or body
# that raised it), named beside its handling units in a 办理分工 table: never the units doing the work.
# 领衔人 / 提出人: the same proposers, named by leading or raising the proposal (刘某某, 民盟某县支部, 县工商联)
# what the title of a bill or rules ends in (某省实施《…法》办法, 某市物业管理条例, 若干规定, 实施细则): its kind word
REGULATION_KINDS = ("实施细则", "实施办法", "若干规定", "办法", "条例", "规定", "细则")
# what the title of a proposal ends in (关于…的提案, 关于…的建议, 关于…的议案): a 政协 member's, a deputy's, a bill
PROPOSAL_KINDS = ("提案", "建议", "议案")
# 领学 / 主讲 / 授课 / 宣讲 (领学/主讲, 主讲人, 授课人): a study schedule names the leader who leads each session or the
# speaker who gives it, by post and name (市委书记 陈某某, 市委常委、宣传部部长): people, never the units that host it
TABLE_PEOPLE_HEADS = r"领导|责任人|负责人|联系人|联络员|同志|姓名|职务|代表|提案者|提案人|建议人|领衔人|提出人|领学|主讲|授课|宣讲"
TABLE_UNIT_WORDS = r"单位|部门|处室|科室|主体"

# ---- units given to tasks by their printed numbers (generator/parse/units_by_number.py) ----
# a 职责分工 part naming the tasks by number, not by title: 第（一）至（三）项任务由A牵头 / 第11条由X负责 / 第6、8、11项：
# the word before the numbers, the nouns counting them (项 / 条) and what they count, said or not (项任务 / 项工作)
NUMBERED_TASK_ORDINAL = "第"
NUMBERED_TASK_NOUNS = ("项", "条")
# the noun of a line covering items by their numbers (上述第1—4项由…): 条 most often cites a policy's articles
NUMBERED_ITEM_NOUNS = ("项",)
# words pointing back at the plan's own tasks before their numbers: 上述第19至22项任务，由… / 本方案第3项由…
NUMBERED_TASK_POINTERS = ("上述", "以上", "前述", "本方案", "本实施方案", "本工作方案", "本计划")
# those of them pointing back at items above the line (上述第1—4项): no line under a heading speaks so of its own items
NUMBERED_TASK_POINTERS_BACK = ("上述", "以上", "前述")
# a part of the plan named by its number: 第（二）部分各项由… / 第三方面任务由… names a （n） group, never one task
NUMBERED_PART_NOUNS = ("部分", "方面")
# how deep a part's heading stands by its noun: 第一部分 / 第一篇 over 第一章 over 第一节
PART_DEPTHS = (("部分", 0), ("篇", 0), ("章", 1), ("节", 2))
# An outline table (a 志书 / 年鉴 篇目分工, a 编写提纲) heads its columns by the outline level each holds: 篇 | 章 | 节,
# or 篇名 | 章名 | 节名 (名 / 名称 after the level noun). The levels stand side by side, the higher cells merged down
# the lower: the deepest level is the row's item and title, the higher ones group it (header.py `_outline_levels`).
# A content column noting a deeper level (主要内容（节）) lists that level's items inside the row: its text.
TABLE_OUTLINE_LEVEL_NAMES = ("", "名", "名称")
NUMBERED_TASK_OBJECTS = ("任务", "工作", "措施", "内容", "重点任务", "各项", "各项任务", "各项工作")
# between the first and the last number of a range, both ends included: 第（一）至（三）项 / 1—5 / 18-20 / 25～27
# what stands before an item's number cited in a sentence (第（一）项, …至（三）项), not opening an item
NUMBER_CITING_MARKS = (ORDINAL_MARK, "至", "到")
NUMBER_RANGE_MARKS = ("至", "到", "—", "–", "－", "-", "～", "~", "——")
# between the numbers of a list: 第（二）、（三）项 / 第6、8、11项 / 第2和第5项
NUMBER_LIST_MARKS = ("、", "和", "及")
# before the units a clause gives its numbers: 第（一）项任务由A牵头 / 第6项：A负责
NUMBERED_UNITS_OPENERS = ("由", "：", ":")
# a later clause carving one task out of the group just named: 第（四）项由A牵头，其中，第11条由B负责
CARVE_OUT_OPENERS = ("其中",)
# the tasks no clause names: 其余任务由各区人民政府抓好落实 / 其他工作由… / 其余各项由… (OTHERS, then what they count)
REMAINING_TASK_OBJECTS = ("各项任务", "任务", "工作", "各项工作", "事项", "各项")
REMAINING_TASK_WORDS = ("其余", "其他", "其它")
# after 其他 + what it counts, the words going on into a body's name (其他工作组成员单位配合 / 其他工作专班成员单位 /
# 其他事项人员): such a clause names the other bodies, no rest of the tasks
REMAINING_OBJECT_NAME_TAILS = ("组", "专班", "班子", "人员", "机构", "部门", "单位", "成员")

# words of a plan's work that no place's name holds: a title read for its places (汀阳市实施城市更新行动推动城市高质量
# 发展实施方案) names one place, 汀阳市; the 实施城市 / 推动城市 after it are the title's words, no second place
NOT_IN_A_PLACE_NAME = ("实施", "推动", "推进", "关于", "加快", "加强", "开展", "行动", "发展", "工作", "更新", "提升",
                       "印发", "落实", "深化", "全面", "创建", "打造")
# the names a spreadsheet program gives a new sheet (Sheet1, Sheet2, 工作表1): a tab left so named carries no title, while
# a tab an office named (附件1 重点任务分工, 配套政策清单) is the title its sheet is read by (source/formats/xlsx.py)
SHEET_DEFAULT_NAMES = ("Sheet", "工作表")
# a workbook's sheet of instructions for filling it (填报说明: 1.按“一单位一行”导出 2.每月25日前填报…), its tab so named:
# numbered notes, no tasks (source/formats/xlsx.py)
SHEET_NOTE_NAMES = ("说明", "填报说明", "填表说明", "填写说明", "使用说明", "编制说明", "导出说明")
# the lines closing such a notes sheet, unnumbered, with who filled the form and whom to ask (联系人：王某　电话：…,
# 填报人： / 联系电话： / 制表人：刘某　审核人：陈某, 填报日期：): the form's sign-off, no note and no task (source/formats/xlsx.py)
FORM_SIGNOFF_LABELS = ("联系人", "联络人", "联系电话", "联系方式", "电话", "填报人", "填表人", "制表人", "审核人", "填报单位",
                       "制表单位", "填报日期", "填表日期", "制表日期", "填报时间", "制表时间")

# ---- when bare （一） titles over 1. 2. points beside a run-in （N） measure are headings over tasks ----
# (parse.levels._headings_beside_run_in_measures) The points are the tasks only where they are measures of their own.
# A part or heading naming goals, indicators, conditions or principles (一、主要目标 / （一）空气质量目标 / 二、评选条件)
# holds targets or criteria under its titles, never tasks.
# A part whose title states what the plan will reach, or where it stands (二、预期成效 / （一）经济效益 / 一、发展定位 /
# 远景展望), holds results and aims under its titles (1.实现收入10亿元 / 1.打造…策源地), no tasks either.
GOAL_PART_ENDINGS = ("目标", "指标", "条件", "原则", "要求")
# The results and standing endings, and the goal words met anywhere in a part title (一、目标任务 / 二、目标与任务 /
# 主要目标和指标), name goals only in a title that does no work: a measure's title ends or speaks so as often
# (（一）提高资金使用效益 / 一、围绕目标任务推进重点工作 / 一、对标指标体系抓好落实), its verb (MEASURE_POINT_VERBS)
# outside the word just before the goal word (发展定位 / 预期成效 / 对标指标 name which goals, not work done).
# Under a goals part the （N） titles are the goals' dates or fields (（一）到2025年), the points targets, no tasks
RESULT_PART_ENDINGS = ("成效", "效益", "定位", "愿景", "展望")
GOAL_PART_WORDS = ("目标", "指标")
# verbs of such a measure's title that are no measure's point verb (（一）明确发展定位 / 一、聚焦重点抓好落实)
GOAL_TITLE_WORK_VERBS = ("明确", "抓好", "围绕", "聚焦", "锚定", "瞄准")
# a point titled by one facet of its heading's measure (1.改造内容。… 2.改造标准。… 3.建设时限。…): the heading is
# the measure, its points what it covers, to what standard and by when. A facet's title is a short noun (two words);
# a longer title ending so is a measure of its own (1.落实年度目标任务 / 2.完成整改任务)
MEASURE_FACET_ENDINGS = ("内容", "标准", "要求", "时限", "目标", "任务", "范围", "对象", "方式", "流程", "条件")
MEASURE_FACET_TITLE_MAX = 6
# a point stating a policy's terms (2.单个项目补助最高不超过500万元 / 对技改贷款给予50%贴息 / 贴息期限不超过3年):
# the heading (（一）技改补助) is the policy, its points its clauses and amounts
POLICY_TERM_WORDS = ("给予", "不超过", "最高", "最长", "上限", "期限", "标准为")
# a point granting an incentive (1.对新建公共充电桩按每千瓦200元标准补贴 / 2.对…的运营企业奖励10万元 / 按投资额20%补助):
# a policy clause when it opens on whom it covers (对…) or states the amount or rate, the heading (（一）运营奖励) the policy
POLICY_INCENTIVE_WORDS = ("补贴", "补助", "奖励", "奖补", "贴息")
# the verbs a measure's point is written with (1.开展家电以旧换新 / 中心城区全面推行分类投放 / 市X局要加强…): a point
# holding none (1.新能源汽车。 2.二手车。) names an example of its heading's field, not a measure
MEASURE_POINT_VERBS = ("开展", "推进", "推行", "实行", "实施", "建立", "建设", "建成", "新建", "改造", "改建", "扩建",
                       "加强", "加快", "加大", "推动", "深化", "强化", "构建", "打造", "探索", "健全", "完善", "落实",
                       "培育", "提升", "提高", "降低", "减少", "扩大", "支持", "引导", "鼓励", "保障", "破除", "清理",
                       "整治", "组织", "做好", "做强", "做大", "做优", "配齐", "配备", "开设", "设立", "发展", "优化",
                       "规范", "引进", "举办", "促进", "打击", "保护", "拓展", "推广", "壮大", "延伸", "整合", "升级",
                       "改善", "畅通", "丰富", "增加", "实现", "形成", "制定", "出台", "开发", "培训", "宣传", "普及",
                       "监测", "检查", "防治", "治理", "维护", "创建", "创新", "严格", "严厉", "全面", "完成", "消除",
                       "搭建", "修订", "编制", "评选", "排查", "巡查", "督查", "统筹", "用好", "盘活", "吸引")
# a part of a plan's frame setting out who runs it (二、组织机构 / 主办单位：… ; 三、职责分工 / 牵头单位：…): its unit lines
# name the plan's bodies, no single 实事 beside the sections holding items (parse/levels._single_items_beside_sections)
FRAME_SETUP_PART_WORDS = ("组织机构", "机构设置", "组织架构", "职责分工", "组织分工", "任务分工", "责任分工")
