import aiohttp_jinja2
from aiohttp import web


@aiohttp_jinja2.template("search.html")
async def search(request: web.Request) -> dict:
    term = request.query.get("q", "").strip()
    books = []
    if term:
        async with request.app["db"].acquire() as conn:
            books = await conn.fetch(
                "SELECT isbn, title, author FROM books WHERE title ILIKE $1 LIMIT 50", f"%{term}%"
            )
    return {"term": term, "books": books}


async def book(request: web.Request) -> web.Response:
    isbn = request.match_info["isbn"]
    async with request.app["db"].acquire() as conn:
        row = await conn.fetchrow("SELECT isbn, title, author, summary FROM books WHERE isbn = $1", isbn)
    if row is None:
        raise web.HTTPNotFound()
    return aiohttp_jinja2.render_template("book.html", request, {"book": row})


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/", search)
    app.router.add_get("/books/{isbn}", book)
