from aiohttp import web
from docx_stats import word_count


async def upload(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "document":
        raise web.HTTPBadRequest(text="missing document")
    data = await part.read(decode=False)
    return web.json_response({"words": word_count(bytes(data))})


app = web.Application(client_max_size=10 * 1024 * 1024)
app.router.add_post("/tools/wordcount", upload)
