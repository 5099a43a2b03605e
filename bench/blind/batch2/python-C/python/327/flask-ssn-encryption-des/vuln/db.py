import sqlite3


def save_employee(record: dict) -> int:
    with sqlite3.connect("hr.db") as conn:
        cur = conn.execute(
            "INSERT INTO employees (name, ssn_enc, department) VALUES (?, ?, ?)",
            (record["name"], record["ssn_enc"], record["department"]),
        )
        return cur.lastrowid
