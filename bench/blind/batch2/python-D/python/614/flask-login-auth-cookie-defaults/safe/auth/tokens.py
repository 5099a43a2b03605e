from datetime import datetime, timedelta, timezone

import jwt
from flask import current_app


def issue_access_token(user_id: int, roles: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "roles": roles, "iat": now, "exp": now + timedelta(hours=1)}
    return jwt.encode(claims, current_app.config["JWT_SECRET"], algorithm="HS256")
