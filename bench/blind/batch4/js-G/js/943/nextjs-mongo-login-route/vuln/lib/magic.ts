import { randomBytes } from 'crypto';
import clientPromise from './mongo';

export async function consumeToken(token: unknown): Promise<string | null> {
  const db = (await clientPromise).db('auth');
  const doc = await db.collection('magic_links').findOneAndDelete({ token, expiresAt: { $gt: new Date() } }); // cg-expect: CWE-943
  if (!doc) return null;
  const sid = randomBytes(32).toString('base64url');
  await db.collection('sessions').insertOne({ sid, userId: doc.userId, createdAt: new Date() });
  return sid;
}
