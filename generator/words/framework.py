"""The headings of a plan's frame: what it is for rather than what anyone must do (指导思想, 基本原则, 工作目标 …).

Read by the outline (parse.not_tasks sets such items aside; parse.levels keeps such sections out of the tasks) and by
the numbering (a framework heading runs into its paragraph where the line breaks were lost): one pattern in the words
layer, so the numbering reads it without importing the stage that sets items aside.
"""
from __future__ import annotations

import re

from . import lexicon

# What a plan is for rather than what anyone must do: 指导思想, 基本原则, 工作目标 … (as a section or as an item).
FRAMEWORK = re.compile(
    # (整改原则 / 整改目标: a rectification plan's principles and aims, as 基本原则 / 工作目标 are)
    r"^(?:总体要求|指导思想|工作目标|主要目标|总体目标|发展目标|目标要求|"
    r"整改目标|"
    # (基本原则 / 工作原则 / 分工原则 / 整改原则, and principles named after the plan's work: 办理原则 of a proposal
    # handling plan, 帮扶原则, 整治原则: two characters and 原则 say how the work is to be done, as 基本原则 do)
    r"[\u4e00-\u9fff]{2}原则|"
    # (资金安排原则 / 分配原则 / 使用原则: how a funds or project plan shares its money out, stated before the projects)
    r"(?:资金|项目)?(?:安排|分配|使用|遴选)原则|"
    # (行动目标: what one action of a 行动方案 is to reach, stated before its measures)
    r"行动目标|"
    # (分阶段目标 / 阶段目标 / 阶段性目标 / 年度目标 / 分年度目标: the goals a 实施方案 sets stage by stage or year by
    # year, each stage a numbered item 1.到2026年底。覆盖率达到100%。: what the work is to reach by then, not work)
    r"分?阶段性?目标|分?年度目标|"
    # (结果运用 / 考核结果运用: what an assessment's scores lead to, 通报 / 奖励 / 约谈 by the plan's own rule, stated
    # as a 考核办法's part beside 考评方式; no body's work)
    r"(?:考核|考评|评价|测评)?结果运用|"
    # (任务目标: the same goals with the words turned round, as 征兵 / 民兵 plans title them: （一）征集任务。征集义务兵
    # 86名 （二）质量目标。合格率100%: what the work is to reach, not work)
    r"目标任务|任务目标|奋斗目标|预期目标|总体思路|工作思路|基本思路|总体考虑|编制依据|适用范围|"
    # an emergency plan's (应急预案) or a regulation's opening part: why and where it applies (总则 / 编制目的 /
    # 编制依据 / 适用范围 / 工作原则), before the bodies' duties
    r"总则|编制目的|目的和依据|编制目的和依据|工作目的|"
    # the figures a department's plan aims at, stated before the measures of each of its actions (1.主要目标指标。
    # 人均预期寿命达82.4岁… 2.重点工作举措。): what the work is to reach, not work
    r"(?:主要|预期|年度)?目标指标|主要指标|预期指标|主要目标和指标|"
    # the heading of the tasks' part, standing as an item of its own over a summary paragraph (二、主要任务 / 深入开展
    # “八大行动”…, the tasks following in sections of their own): the name of a part, never a duty itself
    r"主要任务|重点任务|工作任务|主要内容|"
    # what a reform or plan covers, as 实施方案 state it beside 指导思想 and 目标 (改革内容, 实施范围)
    r"改革内容|改革范围|实施范围|工作范围|覆盖范围|"
    # how a grid plan (网格化服务管理方案) draws its grids and staffs them, stated before the grids' work (网格设置 /
    # 网格划分): the ground's layout, as 实施范围 is a reform's, no body's duty
    r"网格(?:设置|划分|划定|布局)|"
    # when and where an exercise or an event is held (演练时间、地点 / 活动时间和地点 / 时间地点): its dates and venues,
    # the places no assignees (the words in the lexicon: EVENT_WORDS, EVENT_FRAME_WORDS)
    r"(?:" + lexicon.alternation(lexicon.EVENT_WORDS) + r")(?:" + lexicon.alternation(lexicon.EVENT_FRAME_WORDS) + r")|"
    r"时间[、和及与]?地点|"
    # how a chiefs system (田长制 / 河长制 / 林长制) is set up, stated before its tasks (组织体系: 设立田长, 由县委书记担任;
    # 设立田长办, 设在县自然资源局): who holds which post and where the office sits, no body's duty
    r"组织体系|组织架构|"
    # whom an assessment plan (考核方案 / 考评办法) assesses and how (考核对象 / 考核方式 / 考核范围和方法), stated before
    # its indicators: the assessment's frame, no body's duty (its 考核内容 may be the work, and stays read)
    r"(?:考核|考评|评价|评估)(?:对象|方式|范围|主体|方法|程序)(?:[和及与、](?:对象|方式|范围|主体|方法|程序))*|"
    # 充分认识…的重要意义 / 全面把握…的深刻内涵: why the policy matters, as 意见 open, not what anyone must do
    # (town and county 意见 say it as 充分认识安全生产工作的重要性 / …的必要性和紧迫性)
    r".{0,40}?(?:重要意义|重大意义|深远意义|现实意义|深刻意义|深刻内涵|重要性|必要性|紧迫性))$"
)
