import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

export interface CartState {
  items: { sku: string; qty: number; unitPrice?: number }[];
  couponCode?: string;
}

export class CartCodec {
  constructor(private readonly key: Buffer) {}

  encode(state: CartState): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(state), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  decode(token: string): CartState {
    const raw = Buffer.from(token, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as CartState;
  }
}
