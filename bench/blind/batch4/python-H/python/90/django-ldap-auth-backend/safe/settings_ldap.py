import os

LDAP_URL = os.environ.get("LDAP_URL", "ldaps://ad.corp.example")
LDAP_BASE = "dc=corp,dc=example"
LDAP_SVC_DN = os.environ["LDAP_SVC_DN"]
LDAP_SVC_PW = os.environ["LDAP_SVC_PW"]
AUTHENTICATION_BACKENDS = ["accounts.backends.DirectoryBackend"]
