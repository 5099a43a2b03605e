import { createCipheriv, createDecipheriv } from 'crypto';

export interface CartState {
  items: { sku: string; qty: number; unitPrice?: number }[];
  couponCode?: string;
}

export class CartCodec {
  constructor(private readonly key: Buffer) {}

  encode(state: CartState): string {
    const cipher = createCipheriv('aes-256-ecb', this.key, null); // cg-expect: CWE-327
    return Buffer.concat([cipher.update(JSON.stringify(state), 'utf8'), cipher.final()]).toString('base64url');
  }

  decode(token: string): CartState {
    const decipher = createDecipheriv('aes-256-ecb', this.key, null);
    const plain = Buffer.concat([decipher.update(Buffer.from(token, 'base64url')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as CartState;
  }
}
