from django.http import JsonResponse
from .tokens import TokenStore

store = TokenStore()

def api_auth(view):
    def wrapper(request, *args, **kwargs):
        user = store.user_for(request.headers.get("Authorization", "").removeprefix("Token "))
        if user is None:
            return JsonResponse({"error": "unauthorized"}, status=401)
        request.user = user
        return view(request, *args, **kwargs)
    return wrapper
