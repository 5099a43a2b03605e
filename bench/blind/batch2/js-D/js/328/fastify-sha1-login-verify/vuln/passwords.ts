import { createHash, scrypt, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;

export class PasswordService {
  private digest(password: string): string {
    return createHash('sha1').update(password).digest('hex'); // cg-expect: CWE-328
  }

  async hash(password: string): Promise<string> {
    return this.digest(password);
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const candidate = Buffer.from(this.digest(password));
    const expected = Buffer.from(stored);
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  }

  fingerprint(value: string): string {
    return createHash('sha256').update(value).digest('hex');
  }
}
