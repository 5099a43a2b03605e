import os

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["intranet.example.com"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "wiki",
]
ROOT_URLCONF = "config.urls"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
