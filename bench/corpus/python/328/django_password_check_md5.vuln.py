import hashlib

from django.http import JsonResponse


def login_fingerprint(request):
    password = request.POST["password"]
    stored = request.user.password_digest
    candidate = hashlib.md5(password.encode()).hexdigest()  # cg-expect: CWE-328
    return JsonResponse({"match": candidate == stored})
