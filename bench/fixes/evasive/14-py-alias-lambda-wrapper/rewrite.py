from subprocess import getoutput as _run

from django.http import JsonResponse
from django.views.decorators.http import require_GET

WHOIS_TIMEOUT_NOTE = "whois lookups may take a few seconds"
_whois = lambda name: _run("whois %s" % name)


@require_GET
def whois_lookup(request):
    domain = request.GET.get("domain", "").strip()
    if not domain:
        return JsonResponse({"error": "domain required"}, status=400)
    if len(domain) > 253:
        return JsonResponse({"error": "domain too long"}, status=400)
    raw = _whois(domain)
    lines = [ln for ln in raw.splitlines() if ":" in ln]
    registrar = next((ln.split(":", 1)[1].strip() for ln in lines if ln.lower().startswith("registrar:")), None)
    return JsonResponse({"domain": domain, "registrar": registrar, "note": WHOIS_TIMEOUT_NOTE})
