import os

from app import create_app

application = create_app(os.environ["SECRET_KEY"])
application.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
