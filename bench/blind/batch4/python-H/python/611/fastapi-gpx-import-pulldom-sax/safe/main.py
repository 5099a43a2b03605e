from fastapi import FastAPI, UploadFile, File

from gpx import track_points

app = FastAPI()


@app.post("/activities/import")
async def import_gpx(file: UploadFile = File(...)):
    pts = track_points(await file.read())
    return {"points": len(pts), "start": pts[0] if pts else None}
