import os

INVOICE_ROOT = "/var/lib/billing/invoices"


def invoice_dir_for(account_id: int):
    path = os.path.join(INVOICE_ROOT, str(account_id))
    if not os.path.isdir(path):
        return None
    return path


def list_invoices(account_id: int):
    base = invoice_dir_for(account_id)
    if base is None:
        return []
    return sorted(name for name in os.listdir(base) if name.endswith(".pdf"))
