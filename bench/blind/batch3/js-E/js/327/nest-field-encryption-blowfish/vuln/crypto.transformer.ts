import { ValueTransformer } from 'typeorm';
import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.FIELD_KEY_HEX ?? '', 'hex');
const FIXED_IV = Buffer.alloc(8, 0);

function fieldCipher(decrypt: boolean) {
  const make = decrypt ? createDecipheriv : createCipheriv;
  return make('bf-cbc', KEY.subarray(0, 16), FIXED_IV); // cg-expect: CWE-327
}

export class EncryptedColumn implements ValueTransformer {
  to(value: string | null): string | null {
    if (value == null) return value;
    const c = fieldCipher(false);
    return Buffer.concat([c.update(value, 'utf8'), c.final()]).toString('base64');
  }

  from(value: string | null): string | null {
    if (value == null) return value;
    const d = fieldCipher(true);
    return Buffer.concat([d.update(Buffer.from(value, 'base64')), d.final()]).toString('utf8');
  }
}

export { randomBytes };
