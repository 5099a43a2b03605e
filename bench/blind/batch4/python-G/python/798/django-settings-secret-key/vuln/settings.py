import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "k#9v@2x!q7m$w3zr8p^t1e&y6u0b5n4c-h)j(g*f+d=s_a%l"  # cg-expect: CWE-798
DEBUG = False
ALLOWED_HOSTS = ["portal.example.com"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "portal",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
ROOT_URLCONF = "portal.urls"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
