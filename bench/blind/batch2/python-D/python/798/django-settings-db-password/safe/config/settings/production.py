import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop_app",
        "PASSWORD": os.environ["DATABASE_PASSWORD"],
        "HOST": "db.prod.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

EMAIL_HOST = "smtp.prod.internal"
EMAIL_HOST_USER = "notifications"
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
