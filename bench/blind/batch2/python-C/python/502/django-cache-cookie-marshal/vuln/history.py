import json
import marshal

COOKIE = "recent"


def read_history(request) -> list[int]:
    raw = request.COOKIES.get(COOKIE)
    if not raw:
        return []
    try:
        data = marshal.loads(bytes.fromhex(raw))  # cg-expect: CWE-502
    except (ValueError, EOFError, TypeError):
        return []
    return [int(x) for x in data if isinstance(x, int)][:10]


def write_history(response, history: list[int]) -> None:
    response.set_cookie(COOKIE, marshal.dumps(history).hex(), max_age=30 * 24 * 3600, samesite="Lax")
