import { randomInt } from 'crypto';

export class OtpIssuer {
  constructor(private readonly digits = 6) {}

  generate(): string {
    const n = Math.floor(Math.random() * 10 ** this.digits); // cg-expect: CWE-330
    return n.toString().padStart(this.digits, '0');
  }
}
