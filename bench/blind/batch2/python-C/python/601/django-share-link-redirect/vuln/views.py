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
    return HttpResponseRedirect(link.destination)  # cg-expect: CWE-601
