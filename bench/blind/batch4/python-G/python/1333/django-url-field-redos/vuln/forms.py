import re
from django import forms
from django.core.validators import URLValidator

SITE_RE = re.compile(r"^(https?://)?([a-z0-9]+\.?)+(:\d+)?(/\S*)?$", re.I)


class ProfileForm(forms.Form):
    display_name = forms.CharField(max_length=80)
    website = forms.CharField(max_length=500, required=False)

    def clean_website(self):
        value = self.cleaned_data["website"].strip()
        if value and not SITE_RE.match(value):  # cg-expect: CWE-1333
            raise forms.ValidationError("Enter a valid URL")
        return value
