import { promises as fs } from 'fs';
import { createHash } from 'crypto';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const STORE = process.env.LEGACY_USERS_XML ?? '/etc/app/users.xml';

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export async function verifyUser(username: string, password: string) {
  const doc = new DOMParser().parseFromString(await fs.readFile(STORE, 'utf8'), 'text/xml');
  const digest = sha256(password);
  const expr = '/users/user[login/text()=$login and pwhash/text()=$digest]';
  const match = xpath.parse(expr).select1({ node: doc as any, variables: { login: username, digest } }) as Element | undefined;
  if (!match) return null;
  return { id: match.getAttribute('id'), role: match.getAttribute('role') ?? 'user' };
}
