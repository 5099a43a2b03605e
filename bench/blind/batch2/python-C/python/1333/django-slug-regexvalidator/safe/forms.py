from django import forms
from django.core.validators import RegexValidator

slug_validator = RegexValidator(
    regex=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
    message="Use lowercase letters, digits and single dashes.",
)


class ProjectForm(forms.Form):
    name = forms.CharField(max_length=100)
    slug = forms.CharField(max_length=60, validators=[slug_validator])
    description = forms.CharField(widget=forms.Textarea, required=False)
