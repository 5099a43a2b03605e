import os
import subprocess
from urllib.parse import urlparse

from django.conf import settings
from django.utils import timezone

MIRROR_ROOT = getattr(settings, "MIRROR_ROOT", "/srv/mirrors")


def sync_mirror(mirror) -> bool:
    target = os.path.join(MIRROR_ROOT, str(mirror.owner_id), mirror.name + ".git")
    if os.path.isdir(target):
        cmd = ["git", "-C", target, "remote", "update", "--prune"]
    else:
        if urlparse(mirror.upstream_url).scheme not in ("https", "ssh"):
            mirror.last_status = "unsupported URL scheme"
            mirror.save(update_fields=["last_status"])
            return False
        cmd = ["git", "clone", "--mirror", "--", mirror.upstream_url, target]
    rc = subprocess.call(cmd, timeout=600)
    mirror.last_sync = timezone.now()
    mirror.last_status = "ok" if rc == 0 else f"git exited with {rc}"
    mirror.save(update_fields=["last_sync", "last_status"])
    return rc == 0
