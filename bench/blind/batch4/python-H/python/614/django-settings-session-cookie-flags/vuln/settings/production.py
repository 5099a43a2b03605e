import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["crm.example.net"]
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_COOKIE_SECURE = False  # cg-expect: CWE-614
SESSION_COOKIE_HTTPONLY = False
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
