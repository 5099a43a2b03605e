from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from .exporter import export_branch
from .models import Project


@login_required
def download_export(request, project_id):
    project = get_object_or_404(Project, pk=project_id, members=request.user)
    archive = export_branch(project.repo_path, project.default_branch, project.slug)
    if archive is None:
        raise Http404
    return FileResponse(open(archive, "rb"), as_attachment=True, filename=f"{project.slug}.tar.gz")
