"""Output: writing the generated files of docs/ (only when changed, atomically, one build at a time)."""
