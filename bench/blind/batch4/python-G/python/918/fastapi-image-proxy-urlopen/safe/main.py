from fastapi import FastAPI, HTTPException, Response
from starlette.concurrency import run_in_threadpool
from proxy import fetch_image

app = FastAPI()


@app.get("/img")
async def image_proxy(src: str):
    try:
        data, ctype = await run_in_threadpool(fetch_image, src)
    except ValueError:
        raise HTTPException(400, "source not allowed")
    return Response(content=data, media_type=ctype)
