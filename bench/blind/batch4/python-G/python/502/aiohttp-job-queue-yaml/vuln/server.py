from aiohttp import web
from jobs import parse_job, enqueue


async def submit_job(request: web.Request) -> web.Response:
    raw = await request.text()
    try:
        job = parse_job(raw)
    except ValueError as exc:
        return web.json_response({"error": str(exc)}, status=400)
    job_id = await enqueue(job)
    return web.json_response({"id": job_id}, status=202)


app = web.Application()
app.router.add_post("/jobs", submit_job)
