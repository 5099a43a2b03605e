import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from models import RememberToken, db

COOKIE_NAME = "rmb"
LIFETIME = timedelta(days=30)


class RememberMe:
    """Series/token persistent login cookies (one row per device)."""

    def issue(self, response, user_id: int) -> None:
        series = secrets.token_urlsafe(12)
        token = secrets.token_urlsafe(32)
        db.session.add(RememberToken(
            user_id=user_id,
            series=series,
            token_hash=hashlib.sha256(token.encode()).hexdigest(),
            expires_at=datetime.now(timezone.utc) + LIFETIME,
        ))
        db.session.commit()
        response.set_cookie(  # cg-expect: CWE-614
            COOKIE_NAME,
            f"{series}:{token}",
            max_age=int(LIFETIME.total_seconds()),
            httponly=True,
            samesite="Lax",
        )

    def check(self, cookie_value: str | None) -> int | None:
        if not cookie_value or ":" not in cookie_value:
            return None
        series, token = cookie_value.split(":", 1)
        row = RememberToken.query.filter_by(series=series).first()
        if row is None or row.expires_at < datetime.now(timezone.utc):
            return None
        if not secrets.compare_digest(row.token_hash, hashlib.sha256(token.encode()).hexdigest()):
            return None
        return row.user_id
