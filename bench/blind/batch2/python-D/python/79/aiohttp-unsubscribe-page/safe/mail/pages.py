import html

TEMPLATE = """<!doctype html>
<html><head><title>Unsubscribe</title></head>
<body><main>{message}</main></body></html>"""


def unsubscribe_page(email: str, done: bool) -> str:
    email = html.escape(email, quote=True)
    if done:
        message = f"<p>{email} will no longer receive our newsletter.</p>"
    else:
        message = f"<p>We could not unsubscribe {email}. The link may have expired.</p>"
    return TEMPLATE.format(message=message)
