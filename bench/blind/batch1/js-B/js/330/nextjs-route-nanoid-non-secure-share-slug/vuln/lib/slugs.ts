import { customAlphabet } from 'nanoid/non-secure';

const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const makeSlug = customAlphabet(ALPHABET, 14);

export function newShareSlug(): string {
  return makeSlug(); // cg-expect: CWE-330
}
