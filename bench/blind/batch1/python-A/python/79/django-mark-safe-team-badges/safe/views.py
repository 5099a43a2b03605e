from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Membership, Team


@login_required
def team_page(request, slug):
    team = get_object_or_404(Team, slug=slug, memberships__user=request.user)
    members = Membership.objects.filter(team=team).select_related("user", "team")
    # team.html: {% load badges %}{% for m in members %}{% member_badge m %}{% endfor %}
    return render(request, "teams/team.html", {"team": team, "members": members})
