import os


class Production:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_NAME = "portal_session"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = 3600
