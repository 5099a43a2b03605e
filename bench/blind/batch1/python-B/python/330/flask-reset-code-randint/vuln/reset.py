import random
from datetime import datetime, timedelta, timezone

from models import PasswordReset, db

CODE_TTL = timedelta(minutes=15)


def issue_code(user) -> str:
    PasswordReset.query.filter_by(user_id=user.id, used=False).update({"used": True})
    code = str(random.randint(100000, 999999))  # cg-expect: CWE-330
    db.session.add(PasswordReset(
        user_id=user.id,
        code=code,
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    ))
    db.session.commit()
    return code


def consume_code(user, code: str) -> bool:
    reset = PasswordReset.query.filter_by(user_id=user.id, code=code, used=False).first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        return False
    reset.used = True
    db.session.commit()
    return True
