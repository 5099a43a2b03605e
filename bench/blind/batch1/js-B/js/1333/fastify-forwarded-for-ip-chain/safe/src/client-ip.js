import net from 'node:net';

// X-Forwarded-For must be a comma-separated list of dotted IPv4 addresses.
const FORWARDED_CHAIN = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function clientIpFrom(request) {
  const header = request.headers['x-forwarded-for'];
  if (typeof header === 'string' && header.length <= 512) {
    const hops = header.split(',').map((h) => h.trim());
    if (hops.every((h) => FORWARDED_CHAIN.test(h) && net.isIPv4(h))) {
      return hops[0];
    }
  }
  return request.socket.remoteAddress;
}
