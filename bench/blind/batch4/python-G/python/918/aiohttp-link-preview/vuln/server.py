from aiohttp import web
from preview import fetch_preview


async def preview_handler(request: web.Request) -> web.Response:
    data = await request.json()
    url = data.get("url", "")
    try:
        info = await fetch_preview(url)
    except ValueError as exc:
        return web.json_response({"error": str(exc)}, status=400)
    return web.json_response(info)


app = web.Application()
app.router.add_post("/api/preview", preview_handler)

if __name__ == "__main__":
    web.run_app(app)
