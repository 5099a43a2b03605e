from functools import wraps

from django.http import JsonResponse


def verified_email_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.session.get("email_verified"):
            return JsonResponse({"error": "verify your email first"}, status=403)
        return view(request, *args, **kwargs)
    return wrapper
