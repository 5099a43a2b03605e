import subprocess

from django.http import JsonResponse
from django.views.decorators.http import require_POST


def _archive_command(name):
    return "tar czf /var/backups/" + name + ".tgz /srv/media"


@require_POST
def archive_media(request):
    name = request.POST.get("name", "media")
    command = _archive_command(name)
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)  # cg-expect: CWE-78
    out, _ = proc.communicate()
    return JsonResponse({"output": out.decode()})
