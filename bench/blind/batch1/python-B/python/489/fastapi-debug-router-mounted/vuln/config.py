from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    environment: str = "production"
    database_url: str = "postgresql+asyncpg://orders@db/orders"


settings = Settings()
