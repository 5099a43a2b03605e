import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'crypto';
import { promisify } from 'util';

const scrypt = promisify(scryptCb) as (pw: string, salt: string, len: number, opts: object) => Promise<Buffer>;
const PARAMS = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

// stored format: <salt-hex>$<digest-hex>
export class PasswordHasher {
  async hash(password: string): Promise<string> {
    const salt = randomBytes(16).toString('hex');
    return `${salt}$${(await this.compute(salt, password)).toString('hex')}`;
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [salt, expected] = stored.split('$');
    if (!salt || !expected) return false;
    const actual = await this.compute(salt, password);
    const exp = Buffer.from(expected, 'hex');
    return actual.length === exp.length && timingSafeEqual(actual, exp);
  }

  private async compute(salt: string, password: string): Promise<Buffer> {
    return scrypt(password, salt, 32, PARAMS);
  }
}
