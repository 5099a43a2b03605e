import re

from django import forms

PHONE_RE = re.compile(r"^(\+?\d+\s?)+$")


class ContactForm(forms.Form):
    name = forms.CharField(max_length=80)
    phone = forms.CharField(max_length=5000)
    message = forms.CharField(widget=forms.Textarea, max_length=4000)

    def clean_phone(self):
        value = self.cleaned_data["phone"]
        if not PHONE_RE.match(value):  # cg-expect: CWE-1333
            raise forms.ValidationError("Enter a valid phone number")
        return value
