from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse

from .audit import log_impersonation
from .models import Account


@login_required
def act_as(request):
    target = request.GET.get("as_user")
    if not target or not target.isdigit():
        return JsonResponse({"error": "as_user required"}, status=400)
    if not request.user.is_staff:
        raise PermissionDenied("support staff only")
    request.session["acting_user_id"] = int(target)
    log_impersonation(request.user.id, int(target))
    return JsonResponse({"acting_as": int(target)})


@login_required
def my_account(request):
    uid = request.session.get("acting_user_id", request.user.id)
    acct = Account.objects.get(user_id=uid)
    return JsonResponse({"user": uid, "balance": str(acct.balance), "iban": acct.iban})
