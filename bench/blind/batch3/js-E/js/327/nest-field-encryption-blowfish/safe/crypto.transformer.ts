import { ValueTransformer } from 'typeorm';
import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.FIELD_KEY_HEX ?? '', 'hex');
const IV_LEN = 12;
const TAG_LEN = 16;

export class EncryptedColumn implements ValueTransformer {
  to(value: string | null): string | null {
    if (value == null) return value;
    const iv = randomBytes(IV_LEN);
    const c = createCipheriv('aes-256-gcm', KEY, iv);
    const ct = Buffer.concat([c.update(value, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64');
  }

  from(value: string | null): string | null {
    if (value == null) return value;
    const raw = Buffer.from(value, 'base64');
    const d = createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, IV_LEN));
    d.setAuthTag(raw.subarray(IV_LEN, IV_LEN + TAG_LEN));
    return Buffer.concat([d.update(raw.subarray(IV_LEN + TAG_LEN)), d.final()]).toString('utf8');
  }
}

export { randomBytes };
