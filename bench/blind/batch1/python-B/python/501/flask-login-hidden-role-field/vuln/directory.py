import sqlite3

from werkzeug.security import check_password_hash


def find_employee(email: str):
    conn = sqlite3.connect("hr.db")
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute(
            "SELECT id, email, password_hash, role FROM employees WHERE email = ?", (email.lower(),)
        ).fetchone()
        return dict(row) if row else None
    finally:
        conn.close()


def password_ok(employee: dict, password: str) -> bool:
    return check_password_hash(employee["password_hash"], password)
