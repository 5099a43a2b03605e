from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DIRSVC_")

    ldap_url: str = "ldaps://ldap.acme.io"
    ldap_bind_dn: str = "cn=dirsvc,ou=services,dc=acme,dc=io"
    ldap_bind_password: str
    group_base: str = "ou=groups,dc=acme,dc=io"
    connect_timeout: int = 5


@lru_cache
def get_settings() -> Settings:
    return Settings()
