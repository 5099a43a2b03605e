from aiohttp import web

from jobs import restore_state


async def resume_job(request: web.Request) -> web.Response:
    raw = await request.text()
    try:
        state = restore_state(raw)
    except ValueError:
        raise web.HTTPBadRequest(text="invalid state")
    return web.json_response({"job": state["job_id"], "resumed_at": state["offset"]})


app = web.Application()
app.router.add_post("/jobs/resume", resume_job)
