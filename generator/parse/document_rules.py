"""The document rules the reader looks for, in the order they apply (each one's class: rules.py, party_word.py)."""
from __future__ import annotations

from .every_task_note import states_every_task_note
from .label_same_below import LabelValueSameBelow
from .party_word import EachPartyWordStandsForItsBody, PartyWordStandsForItsBody
from .printed_width import sentences_rejoined
from .rules import (BracketedUnitsSupport, CommaGroupLeads, FirstListedLeads, MarkedLeadOthersSupport, NamedUnitsRole,
                    PartyBearingTheTargets, ResponsibleColumnLeads, ResponsibleLeadWhereNoLead,
                    SignedLeadOthersSupport)

DOCUMENT_RULES = (CommaGroupLeads(), FirstListedLeads(), ResponsibleLeadWhereNoLead(), ResponsibleColumnLeads(),
                  BracketedUnitsSupport(), MarkedLeadOthersSupport(), SignedLeadOthersSupport(),
                  NamedUnitsRole(), LabelValueSameBelow(), EachPartyWordStandsForItsBody(), PartyWordStandsForItsBody(),
                  PartyBearingTheTargets())


def notice_rule_lines(notice: list[str], printed_width: int) -> list[str]:
    """The covering notice's lines that state a rule of the plan's lists (清单中排在第一位的为牵头单位), each with the
    line after it (a sentence the page broke): what a plan source keeps of the notice, so the plan read from its
    source alone reads its lists as the whole document does (commands/importer.py writes them, source/read.py
    gives them back as the plan's notice)."""
    numbered = sentences_rejoined([(i + 1, line) for i, line in enumerate(notice)], printed_width)
    stated = {found[0].line for rule in DOCUMENT_RULES if (found := rule.find(numbered, {})) is not None}
    stated |= {line for line, text in numbered if states_every_task_note(text)}  # 各区县人民政府为各项任务落实单位
    kept = sorted({n for line in stated if line > 0 for n in (line, line + 1) if n <= len(notice)})
    return [notice[n - 1] for n in kept]
