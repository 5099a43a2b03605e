from aiohttp import web
from diag import ping

async def handle_ping(request: web.Request) -> web.Response:
    body = await request.json()
    try:
        out = await ping(body["host"])
    except ValueError:
        return web.json_response({"error": "bad host"}, status=400)
    return web.json_response({"output": out})

app = web.Application()
app.router.add_post("/diag/ping", handle_ping)
