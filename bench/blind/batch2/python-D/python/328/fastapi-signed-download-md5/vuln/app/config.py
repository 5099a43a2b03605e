from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    link_secret: str

    model_config = {"env_prefix": "APP_"}


settings = Settings()
