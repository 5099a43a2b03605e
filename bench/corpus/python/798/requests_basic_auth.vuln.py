import requests

REPORTS_URL = "https://reports.example.com/api/v1"


def monthly_report(month):
    auth = ("reporting", "Qu4rterly-Numbers!")  # cg-expect: CWE-798
    reply = requests.get(f"{REPORTS_URL}/monthly/{month}", auth=auth, timeout=10)
    reply.raise_for_status()
    return reply.json()
