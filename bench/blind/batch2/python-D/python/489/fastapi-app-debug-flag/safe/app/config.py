from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    environment: str = "production"
    debug: bool = False
    allowed_hosts: list[str] = ["orders.example.com"]

    model_config = {"env_prefix": "ORDERS_"}


settings = Settings()
