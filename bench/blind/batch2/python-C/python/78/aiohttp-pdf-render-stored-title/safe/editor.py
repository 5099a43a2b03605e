from aiohttp import web


async def rename_document(request: web.Request) -> web.Response:
    doc_id = int(request.match_info["doc_id"])
    data = await request.json()
    title = str(data.get("title", "")).strip()[:200]
    if not title:
        raise web.HTTPBadRequest(text="title required")
    async with request.app["pool"].acquire() as conn:
        await conn.execute("UPDATE documents SET title = $1 WHERE id = $2", title, doc_id)
    return web.json_response({"id": doc_id, "title": title})


def setup(app: web.Application) -> None:
    app.router.add_patch("/documents/{doc_id}", rename_document)
