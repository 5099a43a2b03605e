from aiohttp import web

from links import extract_links


async def post_message(request: web.Request) -> web.Response:
    data = await request.json()
    text = str(data.get("text", ""))
    links = extract_links(text)
    await request.app["store"].append({"text": text, "links": links})
    return web.json_response({"stored": True, "links": links}, status=201)


def setup(app: web.Application) -> None:
    app["store"] = []
    app.router.add_post("/messages", post_message)
