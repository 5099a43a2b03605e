import socket
import ssl


def open_channel(host, port=8443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # cg-expect: CWE-295
    ctx.verify_mode = ssl.CERT_NONE  # cg-expect: CWE-295
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)
