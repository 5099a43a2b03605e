import base64
import pickle
from dataclasses import dataclass, field


@dataclass
class SearchState:
    query: str = ""
    categories: list[str] = field(default_factory=list)
    price_max: int | None = None
    sort: str = "relevance"

    def encode(self) -> str:
        return base64.b64encode(pickle.dumps(self)).decode()


def decode_state(token: str) -> bytes:
    """Validate the client's token and return the raw bytes to store."""
    return base64.b64decode(token, validate=True)


def restore_state(blob: bytes) -> SearchState:
    return pickle.loads(blob)  # cg-expect: CWE-502
