from sqlalchemy import text

from ..extensions import db


def recent_failures(username: str) -> int:
    stmt = text(
        "SELECT count(*) FROM login_failures "
        f"WHERE username = '{username}' AND created_at > now() - interval '15 minutes'"
    )
    return db.session.execute(stmt).scalar_one()  # cg-expect: CWE-89


def record_failure(username: str, ip: str) -> None:
    db.session.execute(
        text("INSERT INTO login_failures (username, ip) VALUES (:u, :ip)"),
        {"u": username, "ip": ip},
    )
    db.session.commit()
