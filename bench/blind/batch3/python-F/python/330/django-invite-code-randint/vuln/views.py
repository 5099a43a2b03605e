from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Team
from .services import InviteService

_service = InviteService()


@login_required
@require_POST
def invite_member(request, team_id):
    team = get_object_or_404(Team, pk=team_id, owner=request.user)
    inv = _service.invite(team, request.POST["email"])
    return JsonResponse({"id": inv.pk}, status=201)
