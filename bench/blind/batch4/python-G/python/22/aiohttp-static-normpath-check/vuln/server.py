from aiohttp import web
from docs_fs import resolve_doc


async def serve_doc(request: web.Request) -> web.StreamResponse:
    rel = request.match_info["tail"]
    try:
        path = resolve_doc(rel)
    except PermissionError:
        raise web.HTTPForbidden()
    return web.FileResponse(path)  # cg-expect: CWE-22


app = web.Application()
app.router.add_get("/docs/{tail:.*}", serve_doc)
