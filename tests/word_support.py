"""Word documents built in tests and fixture scripts: list numbering definitions and numbered paragraphs, as Word
writes them (python-docx has no API for numbering), shared by tests/test_formats.py and
tests/fixtures/formats/make_doc_fixtures.py."""
from __future__ import annotations


def word_numbering(document, num_id: int, levels: list[tuple[str, str]], restart_of: int | None = None) -> None:
    """Add a numbering definition: levels as (numFmt, lvlText); or a w:num restarting `restart_of`'s list."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    if restart_of is None:
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels))
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>')
        first_num = numbering.find(qn("w:num"))  # the schema wants every abstractNum before the nums
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    else:
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{restart_of}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))


def numbered_paragraph(document, text: str, num_id: int, ilvl: int):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p
