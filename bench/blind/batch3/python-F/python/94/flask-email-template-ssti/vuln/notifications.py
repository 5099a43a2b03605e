import sqlite3

from jinja2 import Template
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=True)


def _conn():
    return sqlite3.connect("tenants.db")


def save_template(tenant_id: int, key: str, body: str) -> None:
    with _conn() as c:
        c.execute(
            "REPLACE INTO templates (tenant_id, key, body) VALUES (?, ?, ?)", (tenant_id, key, body)
        )


def render_preview(tenant_id: int, key: str, ctx: dict) -> str:
    with _conn() as c:
        row = c.execute(
            "SELECT body FROM templates WHERE tenant_id = ? AND key = ?", (tenant_id, key)
        ).fetchone()
    body = row[0] if row else "Hello {{ name }}"
    return Template(body).render(**ctx)  # cg-expect: CWE-94
