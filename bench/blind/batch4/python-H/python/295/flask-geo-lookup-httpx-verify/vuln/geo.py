import os

import httpx


class Geocoder:
    def __init__(self):
        self.client = httpx.Client(base_url="https://geo.example-maps.com", timeout=5.0, verify=False)  # cg-expect: CWE-295
        self.key = os.environ["GEO_API_KEY"]

    def lookup(self, address: str) -> dict:
        r = self.client.get("/v1/search", params={"q": address, "key": self.key})
        r.raise_for_status()
        hit = r.json()["results"][0]
        return {"lat": hit["lat"], "lon": hit["lon"]}
