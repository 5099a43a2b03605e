from aiohttp import web
from ua import classify

@web.middleware
async def ua_middleware(request, handler):
    request["client"] = classify(request.headers.get("User-Agent", ""))
    return await handler(request)

async def index(request):
    return web.json_response({"client": request["client"]})

app = web.Application(middlewares=[ua_middleware])
app.router.add_get("/", index)
