from django.http import JsonResponse


def impersonate(request):
    target = request.user.username
    note = f"switched by {request.user.username}"
    request.session["acting_user"] = target
    request.session["note"] = note
    return JsonResponse({"acting": target})
