import { createHash, timingSafeEqual } from 'crypto';

export class SignatureVerifier {
  constructor(private readonly secret: string) {}

  verify(body: string, signature: string): boolean {
    const expected = createHash('md5').update(this.secret + body).digest('hex'); // cg-expect: CWE-328
    const a = Buffer.from(expected);
    const b = Buffer.from(signature);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
