from django.shortcuts import redirect, render

from .forms import SignupForm


def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.session["pending_signup"] = form.cleaned_data["email"]
        return redirect("accounts:check-email")
    return render(request, "accounts/signup.html", {"form": form})
