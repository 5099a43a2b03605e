from aiohttp import web

from .generator import fingerprint, new_api_key

routes = web.RouteTableDef()


@routes.post("/api/me/keys")
async def create_key(request: web.Request) -> web.Response:
    body = await request.json()
    label = str(body.get("label", "default"))[:64]
    key = new_api_key()
    await request.app["db"].execute(
        "INSERT INTO api_keys (user_id, label, key_hash) VALUES ($1, $2, $3)",
        request["user_id"], label, fingerprint(key),
    )
    return web.json_response({"label": label, "key": key}, status=201)


@routes.get("/api/me/keys")
async def list_keys(request: web.Request) -> web.Response:
    rows = await request.app["db"].fetch("SELECT id, label, created_at FROM api_keys WHERE user_id = $1", request["user_id"])
    return web.json_response([{"id": r["id"], "label": r["label"]} for r in rows])
