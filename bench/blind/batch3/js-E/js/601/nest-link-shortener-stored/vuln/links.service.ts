import { BadRequestException, Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';

const INTERNAL_HOSTS = new Set(['app.example.com', 'docs.example.com']);

@Injectable()
export class LinksService {
  private readonly store = new Map<string, string>();

  create(target: string) {
    if (typeof target !== 'string' || target.length > 2048) throw new BadRequestException();
    const code = randomBytes(5).toString('base64url');
    this.store.set(code, target);
    return { code };
  }

  async resolve(code: string): Promise<string | null> {
    return this.store.get(code) ?? null;
  }
}
