from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect

from .models import Invitation


@login_required
def accept(request, token):
    inv = get_object_or_404(Invitation, token=token, accepted=False)
    inv.team.members.add(request.user)
    inv.accepted = True
    inv.save(update_fields=["accepted"])
    return redirect("team-home", team_id=inv.team_id)
