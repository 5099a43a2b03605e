import json
import ssl
import urllib.request


def fetch_rates(url="https://rates.example.com/latest"):
    context = ssl._create_unverified_context()  # cg-expect: CWE-295
    with urllib.request.urlopen(url, context=context, timeout=10) as resp:
        return json.load(resp)["rates"]
