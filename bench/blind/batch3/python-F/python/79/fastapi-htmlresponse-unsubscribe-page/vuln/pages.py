import html


def unsubscribe_page(email: str, removed: bool) -> str:
    status = "You have been unsubscribed" if removed else "Address not found"
    return f"""<!doctype html>
<html><body>
<h1>{status}</h1>
<p>Address: <strong>{email}</strong></p>
</body></html>"""
