import logging
import os
import subprocess
from typing import Optional

logger = logging.getLogger("transcoder")


class Transcoder:
    def __init__(self, media_root: str):
        self.media_root = media_root

    def source_path(self, video_id: int) -> Optional[str]:
        path = os.path.join(self.media_root, "originals", f"{video_id}.mp4")
        return path if os.path.exists(path) else None

    def build_args(self, src: str, scale: str, crf: int) -> list[str]:
        out = src.replace("/originals/", "/renditions/")
        return ["ffmpeg", "-y", "-i", src, "-vf", f"scale={scale}",
                "-c:v", "libx264", "-crf", str(crf), out]

    def run(self, src: str, scale: str, crf: int) -> None:
        args = self.build_args(src, scale, crf)
        command_line = " ".join(args)
        logger.info("running %s", command_line)
        completed = subprocess.run(args, capture_output=True)
        if completed.returncode:
            logger.error("ffmpeg failed: %s", completed.stderr[-2000:])
