from Crypto.Cipher import ChaCha20


def obfuscate_payload(session_key: bytes, payload: bytes) -> bytes:
    header = b"CG1"
    stream = ChaCha20.new(key=session_key)
    return header + stream.nonce + stream.encrypt(payload)
