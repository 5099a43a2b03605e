import os

SECRET_KEY = os.environ.get("SECRET_KEY")
JSON_SORT_KEYS = False
PREFERRED_URL_SCHEME = "https"
