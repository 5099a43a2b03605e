from django.utils.http import url_has_allowed_host_and_scheme


def checked_return_url(request, url):
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()},
                                               require_https=request.is_secure()):
        return url
    return "/"
