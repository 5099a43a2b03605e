from pathlib import Path

INVOICE_ROOT = Path("/srv/invoices").resolve()


def invoice_path(name: str):
    # strip parent references before joining
    cleaned = name.replace("../", "")
    return INVOICE_ROOT / cleaned
