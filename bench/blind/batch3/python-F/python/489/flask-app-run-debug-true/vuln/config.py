import os


class Settings:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    DEBUG = os.environ.get("FLASK_DEBUG") == "1"
    SESSION_COOKIE_SECURE = True
