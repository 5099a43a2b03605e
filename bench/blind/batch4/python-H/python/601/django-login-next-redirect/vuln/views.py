from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme


def _safe_next(request, target: str) -> str:
    if target and target.startswith("/"):
        return target
    return "/dashboard/"


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user is not None:
            login(request, user)
            target = _safe_next(request, request.GET.get("next", ""))
            return redirect(target)  # cg-expect: CWE-601
        return render(request, "login.html", {"error": "Invalid credentials"}, status=401)
    return render(request, "login.html")
