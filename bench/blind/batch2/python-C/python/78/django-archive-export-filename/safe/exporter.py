import os
import re
import subprocess

from django.conf import settings

FORBIDDEN = [";", "&&", "|", "`"]
SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class ReportExporter:
    def __init__(self, user_id):
        self.user_id = user_id
        self.src_dir = os.path.join(settings.MEDIA_ROOT, "reports", str(user_id))
        self.out_dir = os.path.join(settings.MEDIA_ROOT, "exports")

    def build_archive(self, name: str) -> str:
        if not SAFE_NAME.match(name):
            raise ValueError("invalid archive name")
        target = os.path.join(self.out_dir, f"{name}.tar.gz")
        proc = subprocess.run(["tar", "-czf", target, "-C", self.src_dir, "."], check=False)
        if proc.returncode != 0:
            raise ValueError("archive failed")
        return target
