from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from .remember import issue_remember_token

def login_view(request):
    if request.method != "POST":
        return render(request, "login.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "login.html", {"error": True})
    login(request, user)
    response = redirect("home")
    if request.POST.get("remember"):
        token = issue_remember_token(user)
        response.set_cookie("remember_me", token, max_age=30 * 24 * 3600)  # cg-expect: CWE-614
    return response
