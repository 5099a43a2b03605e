import os

DEBUG = False
ALLOWED_HOSTS = ["portal.example.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailprovider.example"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "noreply@portal.example.com"
EMAIL_HOST_PASSWORD = "Wq7#mZ2!vR9pLx4$"  # cg-expect: CWE-798
DEFAULT_FROM_EMAIL = EMAIL_HOST_USER
