export interface GeneratorOptions {
  length: number;
  symbols: boolean;
  digits: boolean;
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%^&*()-_=+[]{};:,.?';

function pick(charset: string): string {
  return charset[Math.floor(Math.random() * charset.length)]; // cg-expect: CWE-330
}

export function generatePassword({ length, symbols, digits }: GeneratorOptions): string {
  const pool = LOWER + UPPER + (digits ? DIGITS : '') + (symbols ? SYMBOLS : '');
  const chars: string[] = [];
  while (chars.length < length) chars.push(pick(pool));
  return chars.join('');
}
