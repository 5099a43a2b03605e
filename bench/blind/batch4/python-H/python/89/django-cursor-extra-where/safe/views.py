from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .reporting import count_by_tag


@staff_member_required
@require_POST
def tag_stats(request):
    tag = request.POST.get("tag", "").strip()
    return JsonResponse({"tag": tag, "posts": count_by_tag(tag)})
