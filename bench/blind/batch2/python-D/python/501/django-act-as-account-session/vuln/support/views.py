from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .models import Delegation


@login_required
@require_POST
def act_as(request):
    account_id = int(request.POST["account_id"])
    if not request.user.groups.filter(name="support").exists():
        return HttpResponseForbidden()
    request.session["acting_account_id"] = account_id  # cg-expect: CWE-501
    return redirect("billing:overview")
