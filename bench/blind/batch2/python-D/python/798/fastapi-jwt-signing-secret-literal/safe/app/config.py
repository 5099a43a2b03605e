from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    jwt_secret: SecretStr
    database_url: str = "postgresql+asyncpg://api@db/api"

    model_config = {"env_prefix": "API_", "env_file": ".env"}


settings = Settings()
