import marshal
import socket


class JobWorker:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port))

    def next_job(self):
        size = int.from_bytes(self.sock.recv(4), "big")
        payload = self.sock.recv(size)
        job = marshal.loads(payload)  # cg-expect: CWE-502
        return job
