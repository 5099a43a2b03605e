from aiohttp import web

from docs_repo import get_document
from pdf import render_pdf


async def export_pdf(request: web.Request) -> web.Response:
    doc_id = int(request.match_info["doc_id"])
    doc = await get_document(request.app["pool"], doc_id)
    if doc is None:
        raise web.HTTPNotFound()
    pdf_path = await render_pdf(doc["html_path"], doc["title"])
    return web.FileResponse(pdf_path, headers={"Content-Disposition": "attachment; filename=export.pdf"})


def setup(app: web.Application) -> None:
    app.router.add_post("/documents/{doc_id}/pdf", export_pdf)
