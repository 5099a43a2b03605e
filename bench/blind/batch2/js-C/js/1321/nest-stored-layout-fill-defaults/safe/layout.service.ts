import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { fillDefaults } from './fill-defaults';

const DEFAULTS = { columns: 3, widgets: { clock: { visible: true } } };

@Injectable()
export class LayoutService {
  private readonly redis = new Redis();

  async save(id: string, json: string) {
    await this.redis.set(`layout:${id}`, json);
    return { saved: true };
  }

  async effective(id: string) {
    const raw = await this.redis.get(`layout:${id}`);
    const stored = raw ? JSON.parse(raw) : {};
    return fillDefaults(stored, DEFAULTS);
  }
}
