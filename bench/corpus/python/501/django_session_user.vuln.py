from django.http import JsonResponse


def impersonate(request):
    target = request.GET.get("as_user")
    note = f"switched by {request.user.username}"
    request.session["acting_user"] = target  # cg-expect: CWE-501
    request.session["note"] = note
    return JsonResponse({"acting": target})
