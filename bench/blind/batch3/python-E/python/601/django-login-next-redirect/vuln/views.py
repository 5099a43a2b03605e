from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

def _safe_next(request, target):
    return target if target.startswith("/") else "/dashboard/"

def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user is not None:
            login(request, user)
            target = request.GET.get("next", "/dashboard/")
            return HttpResponseRedirect(_safe_next(request, target))  # cg-expect: CWE-601
    return render(request, "login.html")
