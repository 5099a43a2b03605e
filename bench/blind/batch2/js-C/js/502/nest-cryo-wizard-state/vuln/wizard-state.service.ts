import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import * as Cryo from 'cryo';

@Injectable()
export class WizardStateService {
  private readonly redis = new Redis();

  async save(id: string, blob: string) {
    await this.redis.set(`wizard:${id}`, blob, 'EX', 3600);
    return { saved: true };
  }

  async load(id: string) {
    const blob = await this.redis.get(`wizard:${id}`);
    if (!blob) return { step: 0, answers: {} };
    const state = Cryo.parse(blob); // cg-expect: CWE-502
    return { step: Number(state.step) || 0, answers: typeof state.answers === 'object' && state.answers ? state.answers : {} };
  }
}
