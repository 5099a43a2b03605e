import { randomBytes } from 'crypto';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL as string);

export async function createSession(userId: number, ttlSeconds: number): Promise<string> {
  const sid = randomBytes(32).toString('base64url');
  await redis.set(`sess:${sid}`, String(userId), 'EX', ttlSeconds);
  return sid;
}
