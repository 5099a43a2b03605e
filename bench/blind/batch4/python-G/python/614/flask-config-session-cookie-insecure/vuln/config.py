import os


class Production:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_NAME = "portal_session"
    SESSION_COOKIE_SECURE = False  # cg-expect: CWE-614
    SESSION_COOKIE_HTTPONLY = False
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = 3600
