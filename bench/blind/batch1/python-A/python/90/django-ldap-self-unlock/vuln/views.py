from django import forms
from django.shortcuts import render

from .directory import unlock_if_identity_matches


class UnlockForm(forms.Form):
    username = forms.CharField(max_length=64)
    employee_number = forms.CharField(max_length=32, help_text="as printed on your badge")
    birth_date = forms.CharField(max_length=10, help_text="YYYY-MM-DD")


def self_service_unlock(request):
    form = UnlockForm(request.POST or None)
    message = None
    if request.method == "POST" and form.is_valid():
        ok = unlock_if_identity_matches(**form.cleaned_data)
        message = "Your account has been unlocked." if ok else "We could not verify your identity."
    return render(request, "helpdesk/unlock.html", {"form": form, "message": message})
