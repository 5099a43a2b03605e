from aiohttp import web
from vault import encrypt_message

MESSAGES: list[bytes] = []


async def post_message(request: web.Request) -> web.Response:
    data = await request.json()
    text = str(data.get("text", ""))[:4000]
    MESSAGES.append(encrypt_message(text))
    return web.json_response({"stored": len(MESSAGES)}, status=201)


app = web.Application()
app.router.add_post("/rooms/{room}/messages", post_message)
