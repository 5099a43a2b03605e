from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from .tokens import open_invite, seal_invite


@login_required
def send_invite(request, team_id):
    email = request.POST["email"]
    token = seal_invite(team_id, email, "member")
    link = request.build_absolute_uri(reverse("invites:accept", args=[token]))
    send_mail("You're invited", f"Join the team: {link}", None, [email])
    return JsonResponse({"sent": True})


def accept_invite(request, token):
    try:
        data = open_invite(token)
    except Exception:
        return HttpResponseBadRequest("invalid invitation")
    request.session["pending_invite"] = data
    return redirect("accounts:signup")
