import { createCipheriv } from "node:crypto";

export class SessionSealer {
  constructor(private readonly key: Buffer) {}

  seal(payload: object): string {
    const cipher = createCipheriv("aes-128-ecb", this.key, null);  // cg-expect: CWE-327
    const data = Buffer.concat([cipher.update(JSON.stringify(payload)), cipher.final()]);
    return data.toString("base64url");
  }
}
