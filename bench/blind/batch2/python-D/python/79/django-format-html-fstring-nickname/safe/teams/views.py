from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Team


@login_required
def roster(request, team_id):
    team = get_object_or_404(Team, pk=team_id, members__user=request.user)
    members = team.members.select_related("user").order_by("nickname")
    return render(request, "teams/roster.html", {"team": team, "members": members})
