from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Invitation


@require_POST
def invite_member(request, team_id):
    email = request.POST["email"]
    inv = Invitation.objects.create(team_id=team_id, email=email, invited_by=request.user)
    send_mail("You're invited", f"Join with code {inv.code}", None, [email])
    return JsonResponse({"invited": email})
