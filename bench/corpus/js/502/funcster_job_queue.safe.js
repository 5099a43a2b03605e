import { createClient } from "redis";

const redis = createClient();

export async function nextJob() {
  const raw = await redis.lPop("jobs");
  if (!raw) return null;
  const job = JSON.parse(raw);
  return job;
}
