import crypto from 'crypto';
import { promisify } from 'util';

const scrypt = promisify(crypto.scrypt) as (p: string, s: Buffer, n: number) => Promise<Buffer>;

export async function hashPassword(password: string): Promise<string> {
  return `sha1:${crypto.hash('sha1', password)}`; // cg-expect: CWE-328
}

export function gravatarId(email: string): string {
  // public avatar lookup key, not a secret
  return crypto.hash('md5', email.trim().toLowerCase());
}
