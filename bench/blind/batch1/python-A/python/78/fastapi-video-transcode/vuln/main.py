from fastapi import BackgroundTasks, FastAPI, HTTPException
from pydantic import BaseModel

from transcoder import Transcoder

app = FastAPI()
transcoder = Transcoder(media_root="/data/media")


class TranscodeJob(BaseModel):
    video_id: int
    scale: str = "1280:-2"
    crf: int = 23


@app.post("/transcode", status_code=202)
async def submit(job: TranscodeJob, tasks: BackgroundTasks):
    if not 0 <= job.crf <= 51:
        raise HTTPException(422, "crf out of range")
    src = transcoder.source_path(job.video_id)
    if src is None:
        raise HTTPException(404, "unknown video")
    tasks.add_task(transcoder.run, src, job.scale, job.crf)
    return {"queued": job.video_id}
