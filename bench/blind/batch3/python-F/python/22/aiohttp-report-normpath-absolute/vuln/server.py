from aiohttp import web

from reports import report_file


async def download(request: web.Request) -> web.StreamResponse:
    path = report_file(request.query.get("report", ""))
    if path is None:
        raise web.HTTPNotFound()
    return web.FileResponse(path)  # cg-expect: CWE-22


app = web.Application()
app.router.add_get("/reports/download", download)
