from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TELEMETRY_")

    jwt_secret: SecretStr
    database_url: str = "postgresql+asyncpg://telemetry@db/telemetry"


settings = Settings()
