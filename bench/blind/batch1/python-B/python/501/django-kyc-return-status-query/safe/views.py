from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse

from .kyc import KycClient

client = KycClient()


@login_required
def start_verification(request):
    check = client.start(request.user.pk, request.build_absolute_uri(reverse("kyc-return")))
    request.session["kyc_check_id"] = check["id"]
    return redirect(check["hosted_url"])


@login_required
def verification_return(request):
    # provider redirects back with ?check=<id>&status=approved|declined|pending
    check_id = request.session.get("kyc_check_id")
    if request.GET.get("check") != check_id:
        return HttpResponseForbidden("unexpected verification")
    # never trust the status in the redirect; ask the provider directly
    request.session["kyc_status"] = client.status(check_id)
    return redirect("wallet:withdraw")


@login_required
def withdraw(request):
    if request.session.get("kyc_status") != "approved":
        return render(request, "wallet/kyc_required.html", status=403)
    return render(request, "wallet/withdraw.html")
