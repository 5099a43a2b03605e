from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    environment: str = "production"
    version: str = "2.4.1"
    debug: bool = False
    database_url: str = "postgresql://orders@db/orders"


settings = Settings()
