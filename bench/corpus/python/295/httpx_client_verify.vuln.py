import httpx

PAYMENTS_URL = "https://payments.internal:9443"


def build_client():
    return httpx.Client(base_url=PAYMENTS_URL, verify=False, timeout=10.0)  # cg-expect: CWE-295


def charge(amount_cents, card_token):
    with build_client() as client:
        return client.post("/charges", json={"amount": amount_cents, "card": card_token}).json()
