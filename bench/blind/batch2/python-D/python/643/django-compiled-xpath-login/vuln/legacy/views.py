from django import forms
from django.shortcuts import redirect, render

from .auth import XmlUserStore


class LegacyLoginForm(forms.Form):
    username = forms.CharField(max_length=150)
    password = forms.CharField(widget=forms.PasswordInput)


def legacy_login(request):
    form = LegacyLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account = XmlUserStore().verify(form.cleaned_data["username"], form.cleaned_data["password"])
        if account:
            request.session["legacy_login"] = account["login"]
            return redirect("legacy:home")
        form.add_error(None, "Invalid login")
    return render(request, "legacy/login.html", {"form": form})
