from aiohttp import web
from unpack import extract_bundle

async def upload_bundle(request):
    reader = await request.multipart()
    part = await reader.next()
    data = await part.read()
    names = extract_bundle(data, "/srv/bundles/incoming")
    return web.json_response({"extracted": names})

app = web.Application()
app.router.add_post("/bundles", upload_bundle)
