"""Persistence: SQLModel tables, engine set-up, migrations, queries, backup. No Qt."""
