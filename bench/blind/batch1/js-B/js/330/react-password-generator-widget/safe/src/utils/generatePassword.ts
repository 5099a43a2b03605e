export interface GeneratorOptions {
  length: number;
  symbols: boolean;
  digits: boolean;
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%^&*()-_=+[]{};:,.?';

/** Uniform integer in [0, max) from the Web Crypto CSPRNG, without modulo bias. */
function secureIndex(max: number): number {
  const limit = Math.floor(0x100000000 / max) * max;
  const buf = new Uint32Array(1);
  do {
    crypto.getRandomValues(buf);
  } while (buf[0] >= limit);
  return buf[0] % max;
}

function pick(charset: string): string {
  return charset[secureIndex(charset.length)];
}

export function generatePassword({ length, symbols, digits }: GeneratorOptions): string {
  const pool = LOWER + UPPER + (digits ? DIGITS : '') + (symbols ? SYMBOLS : '');
  const chars: string[] = [];
  while (chars.length < length) chars.push(pick(pool));
  return chars.join('');
}
