from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme


def _safe_next(request, target):
    if target and target.startswith("/"):
        return target
    return "/dashboard/"


def login_view(request):
    if request.method == "GET":
        return render(request, "login.html", {"next": request.GET.get("next", "")})
    user = authenticate(
        request,
        username=request.POST.get("username", ""),
        password=request.POST.get("password", ""),
    )
    if user is None:
        return render(request, "login.html", {"error": "Invalid credentials"}, status=401)
    login(request, user)
    target = _safe_next(request, request.POST.get("next") or request.GET.get("next"))
    return HttpResponseRedirect(target)  # cg-expect: CWE-601
