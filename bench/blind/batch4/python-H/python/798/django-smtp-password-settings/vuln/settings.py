import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["portal.example.org"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailprovider.example"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "no-reply@portal.example.org"
EMAIL_HOST_PASSWORD = "Wq7!zR4m#Lp2vT9s"  # cg-expect: CWE-798
DEFAULT_FROM_EMAIL = EMAIL_HOST_USER
