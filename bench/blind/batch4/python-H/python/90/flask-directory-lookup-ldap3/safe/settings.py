import os

LDAP_URL = os.environ.get("LDAP_URL", "ldaps://ldap.internal")
LDAP_BIND_DN = os.environ.get("LDAP_BIND_DN", "cn=reader,dc=example,dc=org")
LDAP_BIND_PW = os.environ["LDAP_BIND_PW"]
