from aiohttp import web

from mailer import Mailer

mailer = Mailer()


async def contact(request: web.Request) -> web.Response:
    form = await request.post()
    text = f"From: {form.get('name')} <{form.get('email')}>\n\n{form.get('message', '')}"
    await mailer.send("support@example.com", "Contact form", text)
    return web.json_response({"sent": True})


def setup(app: web.Application) -> None:
    app.router.add_post("/contact", contact)
