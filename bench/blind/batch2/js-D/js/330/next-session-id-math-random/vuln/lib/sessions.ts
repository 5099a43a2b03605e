import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });
const connected = redis.connect();

function newSessionId(): string {
  return Date.now().toString(16) + Math.floor(Math.random() * 1e16).toString(16); // cg-expect: CWE-330
}

export async function createSession(userId: number): Promise<string> {
  await connected;
  const sid = newSessionId();
  await redis.set(`sess:${sid}`, JSON.stringify({ userId, createdAt: Date.now() }), { EX: 60 * 60 * 8 });
  return sid;
}

export async function destroySession(sid: string): Promise<void> {
  await connected;
  await redis.del(`sess:${sid}`);
}
