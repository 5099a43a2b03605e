import logging
from urllib.parse import urlparse

log = logging.getLogger("clicks")
OUR_HOSTS = {"example.com", "www.example.com"}


def safe_target(raw: str) -> str:
    parsed = urlparse(raw)
    if parsed.netloc in ("",) or parsed.netloc in OUR_HOSTS:
        return raw
    return "/"


def record_click(target: str, ua: str) -> None:
    log.info("click target=%s ua=%s", target, ua[:200])
