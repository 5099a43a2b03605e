import { createHmac, timingSafeEqual } from 'crypto';

export class SignatureVerifier {
  constructor(private readonly secret: string) {}

  verify(body: string, signature: string): boolean {
    const expected = createHmac('sha256', this.secret).update(body).digest('hex');
    const a = Buffer.from(expected);
    const b = Buffer.from(signature);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
