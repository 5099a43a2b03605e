from xml.sax.saxutils import escape

from aiohttp import web

from envelope import SoapEnvelope


async def soap_endpoint(request: web.Request) -> web.Response:
    raw = await request.read()
    env = SoapEnvelope.parse(raw)
    customer = env.body_text("GetCustomer/CustomerId")
    reply = f"<Envelope><Body><Customer><Id>{escape(customer)}</Id></Customer></Body></Envelope>"
    return web.Response(text=reply, content_type="text/xml")


def setup(app: web.Application) -> None:
    app.router.add_post("/soap/customers", soap_endpoint)
