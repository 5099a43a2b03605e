import os

PARTNER_API_BASE = os.environ.get("PARTNER_API_BASE", "https://api.logistics-partner.example")
PARTNER_API_TOKEN = os.environ.get("PARTNER_API_TOKEN", "")
PARTNER_API_TIMEOUT = 8
# the partner uses a private CA; pin its root instead of disabling verification
PARTNER_API_VERIFY_TLS = os.environ.get("PARTNER_API_CA_BUNDLE", "/etc/ssl/partner/root-ca.pem")
