from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe

from .models import Profile


def profile_page(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    bio_html = format_html("<div class='bio'>{}</div>", linebreaks(profile.bio, autoescape=True))
    return render(request, "profiles/detail.html", {"profile": profile, "bio_html": bio_html})
