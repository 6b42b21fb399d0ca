"""The written forms of Chinese plans that more than one stage reads.

The words of the lexicon (labels, verbs, name endings, deadline cues), brackets, deadlines and how
the name of a body ends. The table reader of the source stage needs them to place the cells of a
flattened table (a list of units, a date), and the reader of the parse stage builds on them; so
they sit below both, and importing them runs no stage.
"""
