import ldap
from django.http import JsonResponse
from ldap.filter import escape_filter_chars


def _mail_filter(mail):
    return "(mail=%s)" % escape_filter_chars(mail)


def lookup_by_mail(request):
    mail = request.GET.get("mail", "")
    conn = ldap.initialize("ldap://ldap.internal")
    flt = _mail_filter(mail)
    entries = conn.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, flt)
    return JsonResponse({"count": len(entries)})
