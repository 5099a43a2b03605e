import html

TEMPLATE = """<!doctype html>
<html><head><title>Not found</title></head>
<body>
  <h1>We could not find order {ref}</h1>
  <p>Please check the reference in your confirmation email.</p>
</body></html>"""


def not_found_page(ref: str) -> str:
    return TEMPLATE.format(ref=html.escape(ref, quote=True))
