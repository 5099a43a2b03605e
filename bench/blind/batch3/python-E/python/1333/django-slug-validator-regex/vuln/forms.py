import re
from django import forms
from django.core.exceptions import ValidationError

SLUG_RE = re.compile(r"^([a-z0-9]+-?)*[a-z0-9]+$")

def validate_slug(value: str) -> None:
    if not SLUG_RE.match(value):  # cg-expect: CWE-1333
        raise ValidationError("invalid slug")

class ArticleForm(forms.Form):
    title = forms.CharField(max_length=200)
    slug = forms.CharField(validators=[validate_slug])
