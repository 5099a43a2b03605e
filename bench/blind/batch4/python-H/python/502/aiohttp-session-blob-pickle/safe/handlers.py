from aiohttp import web

from cart import dump_cart, load_cart


async def add_item(request: web.Request) -> web.Response:
    cart = load_cart(request.cookies.get("cart"))
    form = await request.post()
    cart.add(str(form["sku"]), int(form.get("qty", 1)))
    resp = web.json_response({"items": cart.items})
    resp.set_cookie("cart", dump_cart(cart), httponly=True, secure=True, samesite="Lax")
    return resp


def setup(app: web.Application) -> None:
    app.router.add_post("/cart/items", add_item)
