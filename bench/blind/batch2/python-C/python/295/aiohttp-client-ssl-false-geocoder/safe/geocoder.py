import os

GEOCODER_URL = "https://geo.example-maps.com/v1/search"
API_KEY = os.environ["GEOCODER_API_KEY"]


async def geocode(http, address: str):
    params = {"q": address, "limit": "1", "key": API_KEY}
    async with http.get(GEOCODER_URL, params=params) as resp:
        if resp.status != 200:
            return None
        data = await resp.json()
    results = data.get("results") or []
    if not results:
        return None
    best = results[0]
    return {"lat": best["lat"], "lon": best["lon"], "label": best.get("display_name")}
