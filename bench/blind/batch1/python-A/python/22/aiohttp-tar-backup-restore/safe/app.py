import asyncio

from aiohttp import web

from restore import restore_workspace

MAX_BACKUP = 200 * 1024 * 1024


async def restore(request: web.Request) -> web.Response:
    workspace_id = int(request.match_info["workspace_id"])
    if workspace_id not in request.get("workspaces", ()):
        raise web.HTTPForbidden()
    post = await request.post()
    backup = post.get("backup")
    if not isinstance(backup, web.FileField):
        raise web.HTTPBadRequest(text="backup file required")
    blob = backup.file.read()
    names = await asyncio.to_thread(restore_workspace, workspace_id, blob)
    return web.json_response({"restored": len(names)})


app = web.Application(client_max_size=MAX_BACKUP)
app.router.add_post(r"/workspaces/{workspace_id:\d+}/restore", restore)
