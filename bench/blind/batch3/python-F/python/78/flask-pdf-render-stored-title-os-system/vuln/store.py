import sqlite3


def get_document(doc_id: int):
    with sqlite3.connect("docs.db") as conn:
        row = conn.execute("SELECT html_path, title FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return {"html_path": row[0], "title": row[1]} if row else None
