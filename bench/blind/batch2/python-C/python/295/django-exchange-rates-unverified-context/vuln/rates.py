import json
import ssl
import urllib.request
from decimal import Decimal

from django.core.cache import cache

RATES_URL = "https://rates.example-fx.com/v1/latest?base={base}"


def _fetch(base: str) -> dict:
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(RATES_URL.format(base=base), context=ctx, timeout=5) as resp:  # cg-expect: CWE-295
        return json.load(resp)["rates"]


def get_rate(src: str, dst: str) -> Decimal:
    key = f"fx:{src}"
    rates = cache.get(key)
    if rates is None:
        rates = _fetch(src)
        cache.set(key, rates, 600)
    return Decimal(str(rates[dst]))
