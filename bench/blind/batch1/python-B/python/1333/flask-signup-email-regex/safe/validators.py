import re

EMAIL_PATTERN = r"^[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}$"
MAX_EMAIL = 254


class ValidationError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def validate_email(value: str) -> str:
    value = value.strip()
    if len(value) > MAX_EMAIL or not re.match(EMAIL_PATTERN, value):
        raise ValidationError("email", "enter a valid email address")
    return value.lower()


def validate_password(value: str) -> str:
    if len(value) < 12:
        raise ValidationError("password", "use at least 12 characters")
    if value.isdigit() or value.isalpha():
        raise ValidationError("password", "mix letters and numbers")
    return value
