import os
import subprocess

from django.conf import settings
from django.utils import timezone

MIRROR_ROOT = getattr(settings, "MIRROR_ROOT", "/srv/mirrors")


def sync_mirror(mirror) -> bool:
    target = os.path.join(MIRROR_ROOT, str(mirror.owner_id), mirror.name + ".git")
    if os.path.isdir(target):
        cmd = f"git -C {target} remote update --prune"
    else:
        cmd = f"git clone --mirror {mirror.upstream_url} {target}"
    rc = subprocess.call(cmd, shell=True, timeout=600)  # cg-expect: CWE-78
    mirror.last_sync = timezone.now()
    mirror.last_status = "ok" if rc == 0 else f"git exited with {rc}"
    mirror.save(update_fields=["last_sync", "last_status"])
    return rc == 0
