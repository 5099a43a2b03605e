import json
import marshal

COOKIE = "recent"


def read_history(request) -> list[int]:
    raw = request.get_signed_cookie(COOKIE, default=None, salt="recent")
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except (ValueError, EOFError, TypeError):
        return []
    return [int(x) for x in data if isinstance(x, int)][:10]


def write_history(response, history: list[int]) -> None:
    response.set_signed_cookie(COOKIE, json.dumps(history), salt="recent", max_age=30 * 24 * 3600, samesite="Lax")
