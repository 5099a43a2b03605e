from django import forms
from django.core.validators import RegexValidator

name_validator = RegexValidator(
    regex=r"^[A-Za-z]+(?: [A-Za-z]+)*$",
    message="Use letters and single spaces only.",
)


class GuestCheckoutForm(forms.Form):
    full_name = forms.CharField(max_length=120, validators=[name_validator])
    email = forms.EmailField()
    address_line1 = forms.CharField(max_length=200)
    address_line2 = forms.CharField(max_length=200, required=False)
    postcode = forms.CharField(max_length=12)
    country = forms.ChoiceField(choices=[("GB", "United Kingdom"), ("IE", "Ireland"), ("FR", "France")])

    def clean_postcode(self):
        return self.cleaned_data["postcode"].upper().replace(" ", "")
