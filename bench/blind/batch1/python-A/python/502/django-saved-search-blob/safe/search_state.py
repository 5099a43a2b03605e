import base64
import json
from dataclasses import asdict, dataclass, field


@dataclass
class SearchState:
    query: str = ""
    categories: list[str] = field(default_factory=list)
    price_max: int | None = None
    sort: str = "relevance"

    def encode(self) -> str:
        return base64.b64encode(json.dumps(asdict(self)).encode()).decode()


def decode_state(token: str) -> bytes:
    """Validate the client's token and return the raw bytes to store."""
    return base64.b64decode(token, validate=True)


def restore_state(blob: bytes) -> SearchState:
    data = json.loads(blob.decode("utf-8"))
    if not isinstance(data, dict):
        return SearchState()
    price_max = data.get("price_max")
    return SearchState(
        query=str(data.get("query", "")),
        categories=[str(c) for c in data.get("categories", []) if isinstance(c, str)],
        price_max=int(price_max) if isinstance(price_max, int) else None,
        sort=str(data.get("sort", "relevance")),
    )
