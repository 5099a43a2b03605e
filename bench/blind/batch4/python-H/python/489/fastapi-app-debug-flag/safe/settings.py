from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    debug: bool = False
    database_url: str = "postgresql+asyncpg://billing@db/billing"
    environment: str = "production"


settings = Settings()
