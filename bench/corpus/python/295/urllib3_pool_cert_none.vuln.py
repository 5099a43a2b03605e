import urllib3


class LegacyInventory:
    def __init__(self, base="https://legacy-inventory.internal"):
        self.base = base
        self.http = urllib3.PoolManager(cert_reqs="CERT_NONE")  # cg-expect: CWE-295

    def items(self):
        resp = self.http.request("GET", f"{self.base}/items")
        return resp.data
