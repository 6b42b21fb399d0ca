"""Analysis across plans and versions: similar tasks, the difference of two versions, the git history."""
