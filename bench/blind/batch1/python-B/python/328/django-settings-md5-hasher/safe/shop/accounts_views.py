from django import forms
from django.contrib.auth import login
from django.contrib.auth.models import User
from django.shortcuts import redirect, render


class SignupForm(forms.Form):
    username = forms.CharField(max_length=150)
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, min_length=10)


def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = User.objects.create_user(
            form.cleaned_data["username"],
            form.cleaned_data["email"],
            form.cleaned_data["password"],
        )
        login(request, user)
        return redirect("orders:list")
    return render(request, "accounts/signup.html", {"form": form})
