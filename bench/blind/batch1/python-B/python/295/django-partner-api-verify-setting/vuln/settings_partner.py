import os

PARTNER_API_BASE = os.environ.get("PARTNER_API_BASE", "https://api.logistics-partner.example")
PARTNER_API_TOKEN = os.environ.get("PARTNER_API_TOKEN", "")
PARTNER_API_TIMEOUT = 8
# staging and production partner hosts share a self-signed chain, so skip checks
PARTNER_API_VERIFY_TLS = False
