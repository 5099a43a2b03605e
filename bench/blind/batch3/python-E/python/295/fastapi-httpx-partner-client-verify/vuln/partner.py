import os
import httpx

def partner_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url="https://partner.example.org/api", verify=False, timeout=10)  # cg-expect: CWE-295
