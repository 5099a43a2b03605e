from pathlib import Path

INVOICE_ROOT = Path("/srv/invoices").resolve()


def invoice_path(name: str):
    candidate = (INVOICE_ROOT / name).resolve()
    if not candidate.is_relative_to(INVOICE_ROOT):
        return None
    return candidate
