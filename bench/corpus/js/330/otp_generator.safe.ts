import { randomInt } from "node:crypto";

export class OtpGenerator {
  constructor(private readonly digits = 6) {}

  next(): string {
    const max = 10 ** this.digits;
    const code = randomInt(max);
    return code.toString().padStart(this.digits, "0");
  }
}
