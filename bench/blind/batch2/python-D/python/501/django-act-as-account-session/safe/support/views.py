from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import Delegation


@login_required
@require_POST
def act_as(request):
    account_id = int(request.POST["account_id"])
    if not request.user.groups.filter(name="support").exists():
        return HttpResponseForbidden()
    if not Delegation.objects.filter(
        support_user=request.user, account_id=account_id, granted_by_customer=True, expires__gt=timezone.now()
    ).exists():
        return HttpResponseForbidden()
    request.session["acting_account_id"] = account_id
    return redirect("billing:overview")
