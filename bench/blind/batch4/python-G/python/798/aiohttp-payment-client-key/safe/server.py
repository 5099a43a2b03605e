from aiohttp import web
from gateway import PaymentGateway

gw = PaymentGateway()


async def checkout(request: web.Request) -> web.Response:
    body = await request.json()
    amount = int(body["amount"])
    if amount <= 0:
        return web.json_response({"error": "amount"}, status=400)
    result = await gw.charge(amount, body.get("currency", "usd"), body["source"])
    return web.json_response({"id": result.get("id"), "status": result.get("status")})


app = web.Application()
app.router.add_post("/checkout", checkout)
