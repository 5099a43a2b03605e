from datetime import datetime, timezone

from models import RecoveryCode, db


def verify_recovery_code(code: str) -> RecoveryCode | None:
    """Returns the unexpired recovery code row (and burns it) or None."""
    row = RecoveryCode.query.filter_by(code=code.strip(), used=False).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    row.used = True
    db.session.commit()
    return row
