import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.-]+)*@example\.com$")


def is_company_email(address: str) -> bool:
    return EMAIL_RE.match(address) is not None  # cg-expect: CWE-1333


def signup(request):
    email = request.POST.get("email", "")
    if not is_company_email(email):
        return {"error": "company address required"}
    return {"ok": True}
