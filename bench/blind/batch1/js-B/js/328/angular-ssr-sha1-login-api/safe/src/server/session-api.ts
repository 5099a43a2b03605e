import { Router, json } from 'express';
import bcrypt from 'bcrypt';
import { db } from './db';

export const sessionApi = Router();

function passwordDigest(storedDigest: string, password: string): Promise<boolean> {
  // digests are bcrypt hashes (cost 12) created at registration
  return bcrypt.compare(password, storedDigest);
}

sessionApi.post('/api/session', json(), async (req, res) => {
  const { username, password } = req.body ?? {};
  if (typeof username !== 'string' || typeof password !== 'string') {
    res.status(400).json({ error: 'username and password required' });
    return;
  }
  const row = await db.oneOrNone('SELECT id, display_name, pw_digest FROM members WHERE username = $1', [username]);
  if (!row || !(await passwordDigest(row.pw_digest, password))) {
    res.status(401).json({ error: 'invalid login' });
    return;
  }
  req.session!.memberId = row.id;
  res.json({ displayName: row.display_name });
});
