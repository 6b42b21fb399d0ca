"""The document rules the reader looks for, in the order they apply (each one's class: rules.py, party_word.py)."""
from __future__ import annotations

from .party_word import PartyWordStandsForItsBody
from .rules import (BracketedUnitsSupport, CommaGroupLeads, FirstListedLeads, MarkedLeadOthersSupport, NamedUnitsRole,
                    PartyBearingTheTargets, ResponsibleColumnLeads, ResponsibleLeadWhereNoLead,
                    SignedLeadOthersSupport)

DOCUMENT_RULES = (CommaGroupLeads(), FirstListedLeads(), ResponsibleLeadWhereNoLead(), ResponsibleColumnLeads(),
                  BracketedUnitsSupport(), MarkedLeadOthersSupport(), SignedLeadOthersSupport(),
                  NamedUnitsRole(), PartyWordStandsForItsBody(), PartyBearingTheTargets())
