from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def register(request):
    User = get_user_model()
    username = request.POST["username"]
    if User.objects.filter(username=username).exists():
        return JsonResponse({"error": "taken"}, status=409)
    user = User.objects.create_user(username=username, password=request.POST["password"])
    return JsonResponse({"id": user.id}, status=201)
