from django.shortcuts import get_object_or_404, render
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe

from .models import Profile


def public_profile(request, username):
    profile = get_object_or_404(Profile.objects.select_related("user"), user__username=username)
    context = {
        "profile": profile,
        "bio_html": linebreaks(profile.bio, autoescape=True),
    }
    return render(request, "profiles/public.html", context)
