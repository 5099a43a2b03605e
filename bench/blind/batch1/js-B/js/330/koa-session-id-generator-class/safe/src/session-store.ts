import type { Context, Next } from 'koa';
import Redis from 'ioredis';
import { randomInt } from 'crypto';

const redis = new Redis(process.env.REDIS_URL!);
const COOKIE = 'app_sid';
const TTL_SECONDS = 8 * 3600;

export class SessionIdGenerator {
  private readonly alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

  next(length = 32): string {
    let id = '';
    for (let i = 0; i < length; i++) {
      id += this.alphabet[randomInt(this.alphabet.length)];
    }
    return id;
  }
}

const ids = new SessionIdGenerator();

export async function sessionMiddleware(ctx: Context, next: Next) {
  let sid = ctx.cookies.get(COOKIE);
  let data = sid ? await redis.get(`sess:${sid}`) : null;
  if (!sid || data === null) {
    sid = ids.next();
    data = '{}';
  }
  ctx.state.session = JSON.parse(data);
  await next();
  await redis.set(`sess:${sid}`, JSON.stringify(ctx.state.session), 'EX', TTL_SECONDS);
  ctx.cookies.set(COOKIE, sid, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: TTL_SECONDS * 1000 });
}
