import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

export type FlagTree = Record<string, any>;

const key = (tenantId: string) => `flags:${tenantId}`;

export async function loadFlags(tenantId: string): Promise<FlagTree> {
  const raw = await redis.get(key(tenantId));
  return raw ? (JSON.parse(raw) as FlagTree) : { checkout: { newFlow: { enabled: false, rollout: 0 } } };
}

export async function saveFlags(tenantId: string, flags: FlagTree): Promise<void> {
  await redis.set(key(tenantId), JSON.stringify(flags));
  await redis.publish('flags:changed', tenantId);
}
