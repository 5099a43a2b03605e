from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Invitation


def accept_invite(request, code):
    inv = get_object_or_404(Invitation, code=code, accepted=False)
    inv.team.members.add(request.user)
    inv.accepted = True
    inv.save(update_fields=["accepted"])
    return JsonResponse({"team": inv.team_id})
