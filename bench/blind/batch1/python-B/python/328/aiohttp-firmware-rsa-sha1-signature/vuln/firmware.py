from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

VENDOR_PUBKEY_PEM = b"""-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxW74OLnxt7mLnFgRKy8u
CvFypR9Ac+/26os8ZEssav0N94WdCATpVMWK+Z5zx3lNwNppp6MYP7pqSC5gLgmo
qLWOd+1LTx/zKGl8bI+7nVsj6igT/jYUmxQayOtcolQ27FpWiYZmQZG5dgwgdGLY
ek8Au9wMRkkLRxgw7XcdHFkdgGYxQYbxAZIVARtkTrre7EFVyGX6M8Y+SLlC+gUG
Ir8sUNf0YE24fSD29sIlaavkB5m+o1gPT0iyJIgpi/0gfqneGSz4iLNirvFMO662
m4IkMhUQhWhFglDhFjFXIfDy04+eMYe0vT+EWXpijG4GNnOMoBFtHrlo4gWbfjBl
kwIDAQAB
-----END PUBLIC KEY-----"""

_pubkey = serialization.load_pem_public_key(VENDOR_PUBKEY_PEM)


class FirmwareRejected(Exception):
    pass


def verify_image(image: bytes, signature: bytes) -> None:
    try:
        _pubkey.verify(signature, image, padding.PKCS1v15(), hashes.SHA1())  # cg-expect: CWE-328
    except InvalidSignature as exc:
        raise FirmwareRejected("signature does not match vendor key") from exc
