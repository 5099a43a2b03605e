import re

EMAIL_PATTERN = r"^([a-zA-Z0-9_\.\-])+@(([a-zA-Z0-9\-])+\.)+([a-zA-Z0-9]{2,4})+$"


class ValidationError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def validate_email(value: str) -> str:
    value = value.strip()
    if not re.match(EMAIL_PATTERN, value):  # cg-expect: CWE-1333
        raise ValidationError("email", "enter a valid email address")
    return value.lower()


def validate_password(value: str) -> str:
    if len(value) < 12:
        raise ValidationError("password", "use at least 12 characters")
    if value.isdigit() or value.isalpha():
        raise ValidationError("password", "mix letters and numbers")
    return value
