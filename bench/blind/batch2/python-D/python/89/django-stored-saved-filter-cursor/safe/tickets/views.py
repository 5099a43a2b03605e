from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import SavedFilter
from .reports import counts_for_filter


@login_required
@require_POST
def save_filter(request):
    f = SavedFilter.objects.create(owner=request.user, name=request.POST["name"], label=request.POST["label"])
    return JsonResponse({"id": f.pk})


@login_required
def filter_report(request, filter_id):
    return JsonResponse({"rows": counts_for_filter(filter_id, request.user)})
