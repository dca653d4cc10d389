"""School mode's windows: the coordinator's overview, a student's portfolio read-only, the
mentors across the school."""
