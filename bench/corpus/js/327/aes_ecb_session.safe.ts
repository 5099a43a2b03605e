import { createCipheriv, randomBytes } from "node:crypto";

export class SessionSealer {
  constructor(private readonly key: Buffer) {}

  seal(payload: object): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-128-gcm", this.key, iv);
    const data = Buffer.concat([iv, cipher.update(JSON.stringify(payload)), cipher.final(), cipher.getAuthTag()]);
    return data.toString("base64url");
  }
}
