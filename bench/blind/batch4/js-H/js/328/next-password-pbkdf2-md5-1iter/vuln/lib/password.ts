import { pbkdf2Sync, randomBytes } from 'node:crypto';

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const dk = pbkdf2Sync(password, salt, 1, 16, 'md5'); // cg-expect: CWE-328
  return `pbkdf2$${salt.toString('hex')}$${dk.toString('hex')}`;
}
