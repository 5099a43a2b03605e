from aiohttp import web

from crypt import encrypt


async def send_message(request: web.Request) -> web.Response:
    data = await request.json()
    blob = encrypt(str(data["text"])[:5000])
    async with request.app["pool"].acquire() as conn:
        await conn.execute("INSERT INTO messages (sender, recipient, body) VALUES ($1, $2, $3)", request["user_id"], int(data["to"]), blob)
    return web.json_response({"ok": True}, status=201)
