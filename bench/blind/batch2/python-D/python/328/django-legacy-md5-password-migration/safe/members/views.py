from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .services import MemberService


@require_POST
def signup(request):
    email = request.POST["email"]
    password = request.POST["password"]
    if len(password) < 10:
        return JsonResponse({"error": "password too short"}, status=400)
    member = MemberService().register(email, password)
    return JsonResponse({"id": member.pk}, status=201)
