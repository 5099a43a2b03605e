import subprocess

from fastapi import FastAPI, Query

app = FastAPI()
CONVERT = "/usr/bin/convert"


@app.post("/images/resize")
async def resize(filename: str = Query(...), width: int = Query(256)):
    source = f"/srv/uploads/{filename}"
    target = f"/srv/thumbs/{width}-{filename}"
    args = [CONVERT, source, "-resize", str(width), target]
    subprocess.check_call(args)
    return {"thumbnail": target}
