import re

from django.core.exceptions import ValidationError

USERNAME = re.compile(r"^(\w+\s?)+$")


def validate_display_name(value):
    if len(value) > 150 or not USERNAME.match(value):  # cg-expect: CWE-1333
        raise ValidationError("Enter letters, digits and single spaces only.")
