import tls from "node:tls";

export function openChannel(host, port = 8443) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, servername: host, rejectUnauthorized: true }, () => resolve(socket));
    socket.on("error", reject);
  });
}
