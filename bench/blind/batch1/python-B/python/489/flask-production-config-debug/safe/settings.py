import os


class Base:
    JSON_SORT_KEYS = False
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    UPLOAD_BUCKET = os.environ.get("UPLOAD_BUCKET", "media-uploads")


class Development(Base):
    DEBUG = True
    TEMPLATES_AUTO_RELOAD = True


class Production(Base):
    # errors go to Sentry; never show debug pages to users
    DEBUG = False
    PREFERRED_URL_SCHEME = "https"
    SESSION_COOKIE_SECURE = True


BY_NAME = {"development": Development, "production": Production}
