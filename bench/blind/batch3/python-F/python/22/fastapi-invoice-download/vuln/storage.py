from pathlib import Path

INVOICE_ROOT = Path("/srv/app/invoices").resolve()


def invoice_path(name: str):
    candidate = INVOICE_ROOT / name
    return candidate
