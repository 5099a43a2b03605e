import type Redis from 'ioredis';

interface DraftState {
  blocks: unknown[];
  savedAt: string;
}

export class DraftStore {
  constructor(private readonly redis: Redis) {}

  async save(docId: string, serialized: string): Promise<void> {
    // the editor serialises its state on the client and posts the string as-is
    await this.redis.set(`draft:${docId}`, serialized, 'EX', 60 * 60 * 24);
  }

  async load(docId: string): Promise<DraftState | null> {
    const raw = await this.redis.get(`draft:${docId}`);
    if (!raw) return null;
    const state = eval('(' + raw + ')') as DraftState; // cg-expect: CWE-502
    return state;
  }
}
