from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .forms import ProjectForm
from .models import Project


@require_POST
def create_project(request):
    form = ProjectForm(request.POST)
    if not form.is_valid():  # cg-expect: CWE-1333
        return JsonResponse({"errors": form.errors}, status=400)
    project = Project.objects.create(owner=request.user, **form.cleaned_data)
    return JsonResponse({"id": project.id, "slug": project.slug}, status=201)
