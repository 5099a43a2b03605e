from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
ALLOWED_HOSTS = ["app.example.com"]
ROOT_URLCONF = "site.urls"
SESSION_COOKIE_SECURE = False  # cg-expect: CWE-614
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
LANGUAGE_CODE = "en-us"
