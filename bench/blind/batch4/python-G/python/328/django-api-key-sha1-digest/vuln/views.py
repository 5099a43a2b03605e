from django.http import JsonResponse
from .keys import new_api_key, key_matches
from .models import ApiKey


def issue_key(request):
    raw, digest = new_api_key()
    ApiKey.objects.create(user=request.user, prefix=raw[:8], digest=digest)
    return JsonResponse({"key": raw})


def whoami(request):
    raw = request.headers.get("Authorization", "").removeprefix("Key ").strip()
    rec = ApiKey.objects.filter(prefix=raw[:8]).first()
    if rec is None or not key_matches(raw, rec.digest):
        return JsonResponse({"error": "unauthorized"}, status=401)
    return JsonResponse({"user": rec.user.username})
