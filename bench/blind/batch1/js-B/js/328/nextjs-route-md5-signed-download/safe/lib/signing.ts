import { createHmac, timingSafeEqual } from 'crypto';

const SIGNING_KEY = process.env.DOWNLOAD_SIGNING_KEY as string;

export function signDownload(fileId: string, expires: number): string {
  return createHmac('sha256', SIGNING_KEY).update(`${fileId}:${expires}`).digest('base64url');
}

export function verifyDownloadSignature(fileId: string, expires: string, sig: string): boolean {
  const exp = Number(expires);
  if (!Number.isFinite(exp) || exp < Math.floor(Date.now() / 1000)) return false;
  const expected = Buffer.from(signDownload(fileId, exp));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
