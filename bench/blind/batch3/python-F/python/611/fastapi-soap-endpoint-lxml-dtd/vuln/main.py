from fastapi import FastAPI, Request, Response

from soap import SoapHandler

app = FastAPI()
handler = SoapHandler()


@app.post("/soap/inventory")
async def inventory(request: Request):
    body = await request.body()
    xml = handler.handle(body)
    return Response(content=xml, media_type="text/xml")
