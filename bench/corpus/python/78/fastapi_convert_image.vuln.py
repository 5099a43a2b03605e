import subprocess

from fastapi import FastAPI, Query

app = FastAPI()
CONVERT = "/usr/bin/convert"


@app.post("/images/resize")
async def resize(filename: str = Query(...), width: int = Query(256)):
    source = f"/srv/uploads/{filename}"
    target = f"/srv/thumbs/{width}-{filename}"
    args = ["sh", "-c", f"{CONVERT} {source} -resize {width} {target}"]
    subprocess.check_call(args)  # cg-expect: CWE-78
    return {"thumbnail": target}
