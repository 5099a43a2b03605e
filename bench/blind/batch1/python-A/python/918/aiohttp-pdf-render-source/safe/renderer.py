import asyncio

from weasyprint import HTML


def _render(html: str) -> bytes:
    # url_fetcher is restricted so embedded resources cannot be loaded from anywhere
    return HTML(string=html, url_fetcher=lambda url: {"string": b"", "mime_type": "text/plain"}).write_pdf()


async def html_to_pdf(html: str) -> bytes:
    return await asyncio.to_thread(_render, html)
