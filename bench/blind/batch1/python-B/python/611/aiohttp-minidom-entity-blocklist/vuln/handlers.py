from aiohttp import web

from xmlrpc_lite import XmlRpcError, decode_call, encode_fault, encode_result
from methods import REGISTRY


async def rpc_endpoint(request: web.Request) -> web.Response:
    body = await request.read()
    try:
        method, params = decode_call(body)
        func = REGISTRY[method]
    except KeyError:
        return web.Response(body=encode_fault(1, "unknown method"), content_type="text/xml")
    except XmlRpcError as exc:
        return web.Response(body=encode_fault(2, str(exc)), content_type="text/xml")
    result = await func(*params)
    return web.Response(body=encode_result(result), content_type="text/xml")


app = web.Application(client_max_size=256 * 1024)
app.router.add_post("/RPC2", rpc_endpoint)
