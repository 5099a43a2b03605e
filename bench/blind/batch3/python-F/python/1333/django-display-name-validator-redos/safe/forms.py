import re

from django import forms
from django.core.validators import RegexValidator

display_name_validator = RegexValidator(r"^\w+(?: \w+)*$", "Only letters, digits and spaces.")


class ProfileForm(forms.Form):
    display_name = forms.CharField(max_length=60, validators=[display_name_validator])
    bio = forms.CharField(widget=forms.Textarea, required=False, max_length=2000)
