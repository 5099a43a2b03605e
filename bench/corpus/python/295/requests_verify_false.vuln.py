import requests


class InventoryClient:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()

    def stock(self, sku):
        url = f"{self.base_url}/stock/{sku}"
        reply = self.session.get(url, timeout=5, verify=False)  # cg-expect: CWE-295
        reply.raise_for_status()
        return reply.json()["quantity"]
