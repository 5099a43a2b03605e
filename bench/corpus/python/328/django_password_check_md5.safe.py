import hashlib

from django.http import JsonResponse


def login_fingerprint(request):
    password = request.POST["password"]
    stored = request.user.password_digest
    candidate = hashlib.scrypt(password.encode(), salt=request.user.salt, n=2**14, r=8, p=1).hex()
    return JsonResponse({"match": candidate == stored})
