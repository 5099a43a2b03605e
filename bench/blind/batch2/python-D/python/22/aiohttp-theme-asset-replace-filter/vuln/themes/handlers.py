from pathlib import Path

from aiohttp import web

THEMES_ROOT = Path("/srv/app/themes")

routes = web.RouteTableDef()


def _clean(rel: str) -> str:
    return rel.replace("../", "").lstrip("/")


def resolve_asset(theme: str, rel: str) -> Path:
    return THEMES_ROOT / theme / "assets" / _clean(rel)


@routes.get("/themes/{theme}/assets/{rel:.+}")
async def theme_asset(request: web.Request) -> web.StreamResponse:
    theme = request.match_info["theme"]
    if theme not in request.app["installed_themes"]:
        raise web.HTTPNotFound()
    path = resolve_asset(theme, request.match_info["rel"])
    if not path.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(path, headers={"Cache-Control": "public, max-age=3600"})  # cg-expect: CWE-22
