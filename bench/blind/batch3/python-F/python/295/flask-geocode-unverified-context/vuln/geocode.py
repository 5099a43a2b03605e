import json
import os
import ssl
import urllib.parse
import urllib.request

API = "https://geo.example-maps.com/v2/geocode"


def geocode(address: str) -> tuple[float, float]:
    qs = urllib.parse.urlencode({"q": address, "key": os.environ["GEO_API_KEY"]})
    ctx = ssl._create_unverified_context()  # cg-expect: CWE-295
    with urllib.request.urlopen(f"{API}?{qs}", context=ctx, timeout=5) as resp:
        data = json.load(resp)
    first = data["results"][0]
    return first["lat"], first["lng"]
