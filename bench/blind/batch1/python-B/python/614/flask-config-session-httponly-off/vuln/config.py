import os
from datetime import timedelta


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///helpdesk.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    PERMANENT_SESSION_LIFETIME = timedelta(days=7)
    SESSION_COOKIE_NAME = "helpdesk_session"
    SESSION_COOKIE_SAMESITE = "Lax"


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"
    SESSION_COOKIE_SECURE = True
    # the legacy agent dashboard widget reads the session cookie from JavaScript
    SESSION_COOKIE_HTTPONLY = False  # cg-expect: CWE-614


class DevelopmentConfig(BaseConfig):
    SESSION_COOKIE_SECURE = False


CONFIGS = {"production": ProductionConfig, "development": DevelopmentConfig}
