from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_POST

from .kyc import check_documents


@login_required
@require_POST
def submit_kyc(request):
    ok = check_documents(request.user, request.FILES.getlist("documents"))
    request.session["kyc_verified"] = request.POST.get("verified") == "true" or ok  # cg-expect: CWE-501
    return JsonResponse({"verified": request.session["kyc_verified"]})


@login_required
@require_POST
def withdraw(request):
    if not request.session.get("kyc_verified"):
        return HttpResponseForbidden("verification required")
    return JsonResponse({"queued": True, "amount": request.POST["amount"]})
