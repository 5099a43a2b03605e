import os

AUTHENTICATION_BACKENDS = [
    "accounts.backends.CorporateLDAPBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LDAP_URI = os.environ.get("LDAP_URI", "ldaps://dc1.corp.example")
LDAP_SERVICE_DN = os.environ.get("LDAP_SERVICE_DN", "")
LDAP_SERVICE_PASSWORD = os.environ.get("LDAP_SERVICE_PASSWORD", "")
LDAP_BASE = "dc=corp,dc=example"
LDAP_ALLOWED_GROUP = "cn=intranet-users,ou=groups,dc=corp,dc=example"
