from aiohttp import web
from rpc import parse_call

async def rpc(request):
    body = await request.read()
    method, params = parse_call(body)
    return web.json_response({"method": method, "params": params})

app = web.Application()
app.router.add_post("/RPC2", rpc)
