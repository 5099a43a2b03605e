SCHEMA = """
CREATE TABLE IF NOT EXISTS tenants (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    welcome_tpl TEXT NOT NULL DEFAULT 'Welcome to {{ tenant }}, {{ user }}!'
);
"""
