from aiohttp import web

from catalog import search_books


async def search(request: web.Request) -> web.Response:
    author = request.query.get("author", "")
    limit = min(int(request.query.get("limit", "20")), 100)
    books = await search_books(request.app["db"], author, limit)
    return web.json_response(books)


def create_app(db) -> web.Application:
    app = web.Application()
    app["db"] = db
    app.router.add_get("/books/search", search)
    return app
