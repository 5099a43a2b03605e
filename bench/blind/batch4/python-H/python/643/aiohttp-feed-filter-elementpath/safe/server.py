from aiohttp import web

from feeds import FeedStore


async def by_author(request: web.Request) -> web.Response:
    author = request.query.get("author", "")
    store: FeedStore = request.app["feeds"]
    return web.json_response({"entries": store.entries_by(author)})


def create_app() -> web.Application:
    app = web.Application()
    app["feeds"] = FeedStore("/srv/feeds/blog.atom")
    app.router.add_get("/feed/entries", by_author)
    return app
