import sqlite3

def get_report(report_id: int) -> dict:
    with sqlite3.connect("/var/lib/app/reports.db") as conn:
        row = conn.execute("SELECT id, title, body FROM reports WHERE id = ?", (report_id,)).fetchone()
    return {"id": row[0], "title": row[1], "body": row[2]}
