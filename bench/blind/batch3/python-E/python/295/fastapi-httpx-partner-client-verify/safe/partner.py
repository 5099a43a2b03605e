import os
import httpx

def partner_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url="https://partner.example.org/api", verify=os.environ.get("PARTNER_CA_BUNDLE", True), timeout=10)
