import os

BACKEND_URL = os.environ.get("BACKEND_URL", "https://orders.internal.example:8443")
SERVICE_TOKEN = os.environ["SERVICE_TOKEN"]
INTERNAL_CA = os.environ.get("INTERNAL_CA", "/etc/pki/internal/ca.pem")
