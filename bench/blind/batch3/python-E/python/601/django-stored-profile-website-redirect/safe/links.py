from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme

def outbound_target(request, url: str):
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts=set(settings.ALLOWED_HOSTS), require_https=True):
        return url
    return None
