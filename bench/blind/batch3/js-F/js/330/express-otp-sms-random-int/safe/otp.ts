import { randomInt } from 'crypto';

export class OtpIssuer {
  constructor(private readonly digits = 6) {}

  generate(): string {
    const n = randomInt(0, 10 ** this.digits);
    return n.toString().padStart(this.digits, '0');
  }
}
