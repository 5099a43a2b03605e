import re

from django import forms

PHONE_RE = re.compile(r"^\+?\d{1,4}(?:\s?\d{1,4}){1,6}$")


class ContactForm(forms.Form):
    name = forms.CharField(max_length=80)
    phone = forms.CharField(max_length=5000)
    message = forms.CharField(widget=forms.Textarea, max_length=4000)

    def clean_phone(self):
        value = self.cleaned_data["phone"]
        if len(value) > 32 or not PHONE_RE.match(value):
            raise forms.ValidationError("Enter a valid phone number")
        return value
