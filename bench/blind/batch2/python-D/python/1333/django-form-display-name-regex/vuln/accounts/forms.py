from django import forms
from django.contrib.auth import get_user_model

from .validators import is_valid_display_name


class SignupForm(forms.Form):
    email = forms.EmailField()
    display_name = forms.CharField(max_length=200)
    password = forms.CharField(widget=forms.PasswordInput, min_length=12)

    def clean_display_name(self):
        name = self.cleaned_data["display_name"].strip()
        if not is_valid_display_name(name):
            raise forms.ValidationError("Use letters, digits and single spaces only.")
        return name

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if get_user_model().objects.filter(email=email).exists():
            raise forms.ValidationError("An account with this email already exists.")
        return email
