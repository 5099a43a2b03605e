import { createClient } from 'redis';
import { randomUUID } from 'crypto';

const redis = createClient({ url: process.env.REDIS_URL });
const connected = redis.connect();

function newSessionId(): string {
  return randomUUID();
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
