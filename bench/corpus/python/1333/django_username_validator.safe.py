import re

from django.core.exceptions import ValidationError

USERNAME = re.compile(r"^\w+(\s\w+)*$")


def validate_display_name(value):
    if len(value) > 150 or not USERNAME.match(value):
        raise ValidationError("Enter letters, digits and single spaces only.")
