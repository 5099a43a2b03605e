import os

ENVIRONMENT = os.environ.get("APP_ENV", "production")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://shop@db/shop")
