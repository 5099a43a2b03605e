from aiohttp import web

from store import WidgetStore

routes = web.RouteTableDef()


def parse_config(text: str) -> dict:
    """Widget settings are pasted by users as a Python-style dict, e.g. {'color': 'red', 'rows': 5}."""
    config = eval(text.strip() or "{}")  # cg-expect: CWE-94
    if not isinstance(config, dict):
        raise ValueError("config must be a dict")
    return config


@routes.put("/dashboards/{board}/widgets/{widget}")
async def update_widget(request: web.Request) -> web.Response:
    board = request.match_info["board"]
    widget = request.match_info["widget"]
    text = await request.text()
    try:
        config = parse_config(text)
    except (SyntaxError, ValueError) as exc:
        raise web.HTTPBadRequest(text=f"invalid config: {exc}")
    store: WidgetStore = request.app["store"]
    await store.save(board, widget, config)
    return web.json_response({"board": board, "widget": widget, "config": config})


def create_app() -> web.Application:
    app = web.Application()
    app["store"] = WidgetStore()
    app.add_routes(routes)
    return app
