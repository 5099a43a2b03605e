from aiohttp import web
from leaderboard import top_players


async def leaderboard(request: web.Request) -> web.Response:
    min_score = request.query.get("minScore", "0")
    players = await top_players(min_score)
    return web.json_response(players)


app = web.Application()
app.router.add_get("/leaderboard", leaderboard)
