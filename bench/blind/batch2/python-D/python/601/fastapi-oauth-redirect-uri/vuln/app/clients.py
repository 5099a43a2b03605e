from dataclasses import dataclass, field


@dataclass
class OAuthClient:
    client_id: str
    name: str
    redirect_uris: list[str] = field(default_factory=list)


_CLIENTS = {
    "reporting-ui": OAuthClient("reporting-ui", "Reporting", ["https://reports.example.com/callback"]),
    "mobile": OAuthClient("mobile", "Mobile app", ["com.example.app:/oauth2redirect"]),
}


async def get_client(client_id: str) -> OAuthClient | None:
    return _CLIENTS.get(client_id)
