from aiohttp import web

from apikeys import generate_api_key


async def create_key(request: web.Request) -> web.Response:
    user_id = request["user_id"]
    key = generate_api_key()
    await request.app["db"].execute(
        "INSERT INTO api_keys (user_id, key_hash) VALUES ($1, encode(digest($2, 'sha256'), 'hex'))", user_id, key
    )
    return web.json_response({"api_key": key}, status=201)


app = web.Application()
app.router.add_post("/me/api-keys", create_key)
