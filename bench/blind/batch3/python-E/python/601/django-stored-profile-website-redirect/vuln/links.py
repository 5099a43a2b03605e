from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme

def outbound_target(request, url: str):
    return url or None
