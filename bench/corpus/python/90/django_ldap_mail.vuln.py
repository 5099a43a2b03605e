import ldap
from django.http import JsonResponse


def _mail_filter(mail):
    return "(mail=%s)" % mail


def lookup_by_mail(request):
    mail = request.GET.get("mail", "")
    conn = ldap.initialize("ldap://ldap.internal")
    flt = _mail_filter(mail)
    entries = conn.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, flt)  # cg-expect: CWE-90
    return JsonResponse({"count": len(entries)})
