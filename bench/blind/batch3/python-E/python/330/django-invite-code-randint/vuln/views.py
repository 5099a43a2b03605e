from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .invites import create_invite

@require_POST
def invite(request, team_id):
    code = create_invite(team_id, request.POST["email"])
    return JsonResponse({"code_sent": True, "team": team_id})
