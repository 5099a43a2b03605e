import os

from .settings_base import *  # noqa: F401,F403
from .settings_base import INSTALLED_APPS, MIDDLEWARE

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["shop.example.co.uk"]
INTERNAL_IPS = ["10.20.0.15"]  # ops bastion

# performance investigation on production traffic (SQL panel, cache panel)
INSTALLED_APPS = INSTALLED_APPS + ["debug_toolbar"]
MIDDLEWARE = ["debug_toolbar.middleware.DebugToolbarMiddleware"] + MIDDLEWARE
DEBUG_TOOLBAR_CONFIG = {
    "SHOW_TOOLBAR_CALLBACK": lambda request: request.user.is_superuser and request.META.get("REMOTE_ADDR") in INTERNAL_IPS,
    "SHOW_COLLAPSED": True,
}

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shopfront",
        "HOST": os.environ.get("PGHOST", "db"),
        "USER": os.environ.get("PGUSER", "shopfront"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
    }
}
