from aiohttp import web

from pins import hash_pin


async def set_pin(request: web.Request) -> web.Response:
    form = await request.post()
    pin = str(form.get("pin", ""))
    if not (pin.isdigit() and len(pin) == 6):
        raise web.HTTPBadRequest(text="PIN must be 6 digits")
    async with request.app["pool"].acquire() as conn:
        await conn.execute("UPDATE accounts SET pin_hash = $1 WHERE id = $2", hash_pin(pin), request["user_id"])
    return web.json_response({"ok": True})
