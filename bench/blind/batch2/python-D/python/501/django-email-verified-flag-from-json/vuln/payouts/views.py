import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .decorators import verified_email_required
from .verification import check_email_code


@login_required
@require_POST
def confirm_email(request):
    body = json.loads(request.body or b"{}")
    code_ok = check_email_code(request.user, str(body.get("code", "")))
    request.session["email_verified"] = bool(body.get("verified")) or code_ok  # cg-expect: CWE-501
    return JsonResponse({"verified": request.session["email_verified"]})


@login_required
@verified_email_required
@require_POST
def request_payout(request):
    amount = int(json.loads(request.body)["amount_cents"])
    request.user.payout_requests.create(amount_cents=amount)
    return JsonResponse({"status": "queued"})
