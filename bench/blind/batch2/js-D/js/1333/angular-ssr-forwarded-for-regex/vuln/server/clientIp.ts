const XFF_RE = /^(\d+\.?)+(,\s*(\d+\.?)+)*$/;

export function clientIp(xff: string | undefined, socketAddr: string): string {
  if (!xff) return socketAddr;
  if (!XFF_RE.test(xff)) { // cg-expect: CWE-1333
    return socketAddr;
  }
  return xff.split(',')[0].trim();
}
