export class OtpGenerator {
  constructor(private readonly digits = 6) {}

  next(): string {
    const max = 10 ** this.digits;
    const code = Math.floor(Math.random() * max);  // cg-expect: CWE-330
    return code.toString().padStart(this.digits, "0");
  }
}
