from Crypto.Cipher import ARC4


def obfuscate_payload(session_key: bytes, payload: bytes) -> bytes:
    header = b"CG1"
    stream = ARC4.new(session_key)  # cg-expect: CWE-327
    return header + stream.encrypt(payload)
