import { customAlphabet } from 'nanoid';

const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const makeSlug = customAlphabet(ALPHABET, 22);

export function newShareSlug(): string {
  return makeSlug();
}
