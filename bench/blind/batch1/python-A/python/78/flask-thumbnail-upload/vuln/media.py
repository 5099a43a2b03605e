import logging
import os
import subprocess

log = logging.getLogger(__name__)

CONVERT_BIN = "/usr/bin/convert"


def make_thumbnail(src_path: str, thumb_dir: str, size: int = 256) -> str:
    """Resize an uploaded image with ImageMagick and return the thumbnail path."""
    size = max(32, min(size, 1024))
    base = os.path.splitext(os.path.basename(src_path))[0]
    out_path = os.path.join(thumb_dir, f"{base}_thumb.png")
    cmd = f"{CONVERT_BIN} '{src_path}' -thumbnail {size}x{size} -strip '{out_path}'"
    log.info("creating thumbnail: %s", cmd)
    result = subprocess.run(cmd, shell=True, capture_output=True, timeout=30)  # cg-expect: CWE-78
    if result.returncode != 0:
        log.warning("convert failed: %s", result.stderr.decode(errors="replace"))
        raise RuntimeError("thumbnail generation failed")
    return out_path
