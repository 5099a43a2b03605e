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
  const expr = `/users/user[login/text()='${username}' and pwhash/text()='${digest}']`;
  const match = xpath.select1(expr, doc as any) as Element | undefined; // cg-expect: CWE-643
  if (!match) return null;
  return { id: match.getAttribute('id'), role: match.getAttribute('role') ?? 'user' };
}
