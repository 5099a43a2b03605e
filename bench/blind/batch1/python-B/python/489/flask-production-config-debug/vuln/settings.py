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
    # keep detailed error pages on until the launch bugs are shaken out
    DEBUG = True  # cg-expect: CWE-489
    PREFERRED_URL_SCHEME = "https"
    SESSION_COOKIE_SECURE = True


BY_NAME = {"development": Development, "production": Production}
