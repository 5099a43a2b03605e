from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .directory import colleagues_in


@login_required
def my_colleagues(request):
    department = request.user.profile.department
    if not department:
        return JsonResponse({"colleagues": []})
    return JsonResponse({"colleagues": colleagues_in(department)})


@login_required
def set_department(request):
    request.user.profile.department = request.POST.get("department", "")[:80]
    request.user.profile.save(update_fields=["department"])
    return JsonResponse({"ok": True})
