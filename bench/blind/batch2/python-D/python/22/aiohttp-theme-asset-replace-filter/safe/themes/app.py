from aiohttp import web

from .handlers import routes, THEMES_ROOT


async def load_themes(app: web.Application):
    app["installed_themes"] = {p.name for p in THEMES_ROOT.iterdir() if p.is_dir()}
    yield


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(load_themes)
    app.add_routes(routes)
    return app
