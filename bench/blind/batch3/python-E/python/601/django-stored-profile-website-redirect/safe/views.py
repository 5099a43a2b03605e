from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from .models import Profile
from .links import outbound_target

def outbound(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    target = outbound_target(request, profile.website)
    if target is None:
        return render(request, "leaving.html", {"url": profile.website})
    return HttpResponseRedirect(target)  # external sites go through an interstitial page
