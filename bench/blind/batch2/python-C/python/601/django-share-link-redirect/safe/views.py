from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

from .models import ShortLink


def follow_link(request, code):
    try:
        link = ShortLink.objects.get(code=code, active=True)
    except ShortLink.DoesNotExist:
        raise Http404("unknown link")
    link.hits = link.hits + 1
    link.save(update_fields=["hits"])
    if not url_has_allowed_host_and_scheme(link.destination, allowed_hosts=settings.SHORTLINK_ALLOWED_HOSTS, require_https=True):
        raise Http404("destination not allowed")
    return HttpResponseRedirect(link.destination)
