import sqlite3

DB = "/var/lib/kb/articles.db"


def run_search(q: str) -> list[dict]:
    if not q.strip():
        return []
    with sqlite3.connect(DB) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT id, title FROM articles_fts WHERE articles_fts MATCH ? LIMIT 25", (q,)
        ).fetchall()
    return [dict(r) for r in rows]
