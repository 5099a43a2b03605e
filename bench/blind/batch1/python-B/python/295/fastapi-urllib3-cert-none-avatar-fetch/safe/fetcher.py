import certifi
import urllib3

_http = urllib3.PoolManager(
    num_pools=4,
    maxsize=8,
    cert_reqs="CERT_REQUIRED",
    ca_certs=certifi.where(),
    timeout=urllib3.Timeout(connect=2.0, read=5.0),
    retries=urllib3.Retry(total=2, redirect=0),
)

MAX_AVATAR = 2 * 1024 * 1024


class FetchError(Exception):
    pass


def fetch_image(url: str) -> tuple[bytes, str]:
    resp = _http.request("GET", url, preload_content=False)
    try:
        if resp.status != 200:
            raise FetchError(f"upstream returned {resp.status}")
        ctype = resp.headers.get("Content-Type", "")
        if not ctype.startswith("image/"):
            raise FetchError("not an image")
        data = resp.read(MAX_AVATAR + 1)
        if len(data) > MAX_AVATAR:
            raise FetchError("image too large")
        return data, ctype
    finally:
        resp.release_conn()
