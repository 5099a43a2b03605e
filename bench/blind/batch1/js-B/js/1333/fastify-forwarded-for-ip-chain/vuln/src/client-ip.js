// X-Forwarded-For must be a comma-separated list of dotted IPv4 addresses.
const FORWARDED_CHAIN = /^((\d+\.?)+,?\s*)+$/;

export function clientIpFrom(request) {
  const header = request.headers['x-forwarded-for'];
  if (typeof header === 'string' && FORWARDED_CHAIN.test(header)) { // cg-expect: CWE-1333
    return header.split(',')[0].trim();
  }
  return request.socket.remoteAddress;
}
