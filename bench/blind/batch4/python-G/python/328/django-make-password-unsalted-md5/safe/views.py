from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .accounts import create_staff


@require_POST
def onboard(request):
    email = request.POST.get("email", "").lower()
    password = request.POST.get("password", "")
    if len(password) < 12:
        return JsonResponse({"error": "weak password"}, status=400)
    uid = create_staff(email, password)
    return JsonResponse({"id": uid}, status=201)
