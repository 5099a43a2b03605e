import tls from "node:tls";

export function openChannel(host, port = 8443) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, servername: host, rejectUnauthorized: false }, () => resolve(socket));  // cg-expect: CWE-295
    socket.on("error", reject);
  });
}
