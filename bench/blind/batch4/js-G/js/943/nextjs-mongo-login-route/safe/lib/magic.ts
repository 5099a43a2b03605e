import { randomBytes } from 'crypto';
import clientPromise from './mongo';

export async function consumeToken(token: unknown): Promise<string | null> {
  const db = (await clientPromise).db('auth');
  if (typeof token !== 'string' || token.length !== 43) return null;
  const doc = await db.collection('magic_links').findOneAndDelete({ token: { $eq: token }, expiresAt: { $gt: new Date() } });
  if (!doc) return null;
  const sid = randomBytes(32).toString('base64url');
  await db.collection('sessions').insertOne({ sid, userId: doc.userId, createdAt: new Date() });
  return sid;
}
