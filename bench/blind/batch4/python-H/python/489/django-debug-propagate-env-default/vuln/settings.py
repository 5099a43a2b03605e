import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "true").lower() == "true"  # cg-expect: CWE-489
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "api.example.com").split(",")
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "api"]
ROOT_URLCONF = "api.urls"
