import base64
import hmac
import os

from aiohttp import web

from card_vault import CardVault

routes = web.RouteTableDef()


def _luhn_ok(pan: str) -> bool:
    digits = [int(d) for d in pan][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


@routes.post("/hooks/terminal")
async def terminal_event(request: web.Request) -> web.Response:
    body = await request.read()
    expected = hmac.new(request.app["hook_secret"], body, "sha256").hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Terminal-Signature", "")):
        raise web.HTTPUnauthorized()
    event = await request.json()
    pan = event.get("card", {}).get("pan", "")
    if not pan.isdigit() or not _luhn_ok(pan):
        raise web.HTTPBadRequest(text="invalid card number")
    vault: CardVault = request.app["vault"]
    token = vault.tokenize(pan)
    await request.app["db"].execute(
        "INSERT INTO card_tokens (terminal_id, token, masked) VALUES ($1, $2, $3)",
        event["terminal_id"], token, vault.masked(pan),
    )
    return web.json_response({"token": token})


def create_app() -> web.Application:
    app = web.Application()
    app["hook_secret"] = os.environ["TERMINAL_HOOK_SECRET"].encode()
    app["vault"] = CardVault(base64.b64decode(os.environ["CARD_VAULT_KEY"]))
    app.add_routes(routes)
    return app
