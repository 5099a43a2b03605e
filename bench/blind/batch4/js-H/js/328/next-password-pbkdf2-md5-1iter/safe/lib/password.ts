import { pbkdf2Sync, randomBytes } from 'node:crypto';

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const dk = pbkdf2Sync(password, salt, 600_000, 32, 'sha256');
  return `pbkdf2$${salt.toString('hex')}$${dk.toString('hex')}`;
}
