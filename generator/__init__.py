"""plansite: turns published government work plans into a cross-linked MkDocs site."""
__version__ = "0.1.0"
