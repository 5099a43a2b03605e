from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    idp_url: str = "https://idp.internal.example"
    idp_ca_bundle: str = "/etc/ssl/certs/internal-ca.pem"
    client_id: str = "orders-api"
    client_secret: str

    model_config = {"env_prefix": "ORDERS_"}


settings = Settings()
