"""The use cases, each in one place: the app (ui/) and the CLI call only these."""
