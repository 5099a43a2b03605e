import random
import secrets
import sqlite3
import string

CHARS = string.ascii_uppercase + string.digits


def _code() -> str:
    raw = "".join(random.sample(CHARS, 16))  # cg-expect: CWE-330
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def issue_card(amount: int) -> str:
    code = _code()
    with sqlite3.connect("cards.db") as db:
        db.execute("INSERT INTO cards (code, balance) VALUES (?, ?)", (code, amount))
    return code
