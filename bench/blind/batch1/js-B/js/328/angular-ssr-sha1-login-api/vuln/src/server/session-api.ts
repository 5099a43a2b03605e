import { Router, json } from 'express';
import { createHash } from 'node:crypto';
import { db } from './db';

export const sessionApi = Router();

function passwordDigest(username: string, password: string): string {
  // salt with the username so equal passwords give different digests
  return createHash('sha1').update(`${username.toLowerCase()}:${password}`).digest('hex'); // cg-expect: CWE-328
}

sessionApi.post('/api/session', json(), async (req, res) => {
  const { username, password } = req.body ?? {};
  if (typeof username !== 'string' || typeof password !== 'string') {
    res.status(400).json({ error: 'username and password required' });
    return;
  }
  const row = await db.oneOrNone('SELECT id, display_name, pw_digest FROM members WHERE username = $1', [username]);
  if (!row || row.pw_digest !== passwordDigest(username, password)) {
    res.status(401).json({ error: 'invalid login' });
    return;
  }
  req.session!.memberId = row.id;
  res.json({ displayName: row.display_name });
});
