HEADER = """<!doctype html>
<html><head><link rel="stylesheet" href="/static/card.css"></head><body>
<div class="card">"""

FOOTER = """</div><footer>Sent with {{ config.get('BRAND', 'CardShop') }}</footer>
</body></html>"""


def card_frame(inner: str) -> str:
    return HEADER + inner + FOOTER
