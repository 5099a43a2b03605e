import html

from fastapi import Request
from fastapi.responses import HTMLResponse


async def not_found(request: Request, exc) -> HTMLResponse:
    source = request.headers.get("x-request-source", "direct")
    body = f"<html><body><h1>Not found</h1><p>{html.escape(request.url.path)} (via {html.escape(source)})</p></body></html>"
    return HTMLResponse(body, status_code=404)
