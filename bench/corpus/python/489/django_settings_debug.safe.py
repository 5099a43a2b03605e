from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]
STATIC_URL = "/static/"
