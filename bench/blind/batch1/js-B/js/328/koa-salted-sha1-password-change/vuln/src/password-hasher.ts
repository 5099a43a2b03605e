import { createHash, randomBytes, timingSafeEqual } from 'crypto';

// stored format: <salt-hex>$<digest-hex>
export class PasswordHasher {
  async hash(password: string): Promise<string> {
    const salt = randomBytes(16).toString('hex');
    return `${salt}$${this.compute(salt, password)}`;
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [salt, expected] = stored.split('$');
    if (!salt || !expected) return false;
    const actual = Buffer.from(this.compute(salt, password), 'hex');
    const exp = Buffer.from(expected, 'hex');
    return actual.length === exp.length && timingSafeEqual(actual, exp);
  }

  private compute(salt: string, password: string): string {
    return createHash('sha1').update(salt).update(password).digest('hex'); // cg-expect: CWE-328
  }
}
