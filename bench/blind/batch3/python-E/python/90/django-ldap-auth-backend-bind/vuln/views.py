from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

def corp_login(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST.get("username", ""), password=request.POST.get("password", ""))
        if user is not None:
            login(request, user)
            return redirect("/")
    return render(request, "corp_login.html")
