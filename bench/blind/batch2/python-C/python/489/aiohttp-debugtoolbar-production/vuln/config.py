import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    environment: str
    debug: bool
    database_url: str

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ.get("APP_ENV", "production")
        return cls(
            environment=env,
            debug=env == "development",
            database_url=os.environ.get("DATABASE_URL", "postgresql://app@db/app"),
        )
