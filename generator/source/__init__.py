"""Source: plan files (bytes, .docx, .html, .pdf, front matter, git revisions) -> plan text."""
