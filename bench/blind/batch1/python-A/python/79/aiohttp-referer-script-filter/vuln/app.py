import re

from aiohttp import web

SCRIPT_TAG = re.compile(r"<\s*/?\s*script[^>]*>", re.IGNORECASE)


def strip_scripts(value: str) -> str:
    return SCRIPT_TAG.sub("", value)


@web.middleware
async def friendly_errors(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPNotFound:
        back = strip_scripts(request.headers.get("Referer", "/"))
        body = (
            "<!doctype html><h1>Page not found</h1>"
            f"<p>The page {strip_scripts(request.path)} does not exist.</p>"
            f'<p><a href="{back}">Go back</a></p>'
        )
        return web.Response(status=404, text=body, content_type="text/html")  # cg-expect: CWE-79


async def index(request: web.Request) -> web.Response:
    return web.Response(text="<h1>Docs</h1>", content_type="text/html")


app = web.Application(middlewares=[friendly_errors])
app.router.add_get("/", index)
