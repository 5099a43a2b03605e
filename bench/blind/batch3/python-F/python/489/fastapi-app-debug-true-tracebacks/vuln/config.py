import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    environment: str = os.environ.get("APP_ENV", "production")
    debug: bool = os.environ.get("APP_DEBUG", "0") == "1"


settings = Settings()
