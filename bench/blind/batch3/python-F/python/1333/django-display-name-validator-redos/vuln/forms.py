import re

from django import forms
from django.core.validators import RegexValidator

display_name_validator = RegexValidator(r"^(\w+\s?)*$", "Only letters, digits and spaces.")  # cg-expect: CWE-1333


class ProfileForm(forms.Form):
    display_name = forms.CharField(validators=[display_name_validator])
    bio = forms.CharField(widget=forms.Textarea, required=False, max_length=2000)
