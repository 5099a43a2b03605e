import type { NextApiRequest, NextApiResponse } from 'next';
import { hashPassword } from '../../lib/passwords';
import { insertUser, emailTaken } from '../../lib/users';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { email, password } = req.body ?? {};
  if (typeof email !== 'string' || typeof password !== 'string' || password.length < 10) {
    return res.status(400).json({ error: 'email and a 10+ character password are required' });
  }
  if (await emailTaken(email)) {
    return res.status(409).json({ error: 'email already registered' });
  }
  const id = await insertUser(email.toLowerCase(), await hashPassword(password));
  res.status(201).json({ id });
}
