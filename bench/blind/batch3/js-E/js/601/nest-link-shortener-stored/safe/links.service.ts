import { BadRequestException, Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';

const INTERNAL_HOSTS = new Set(['app.example.com', 'docs.example.com']);

@Injectable()
export class LinksService {
  private readonly store = new Map<string, string>();

  create(target: string) {
    if (typeof target !== 'string' || target.length > 2048) throw new BadRequestException();
    let u: URL;
    try {
      u = new URL(target);
    } catch {
      throw new BadRequestException();
    }
    if (u.protocol !== 'https:' || !INTERNAL_HOSTS.has(u.hostname)) throw new BadRequestException('only internal links');
    const code = randomBytes(5).toString('base64url');
    this.store.set(code, target);
    return { code };
  }

  async resolve(code: string): Promise<string | null> {
    const t = this.store.get(code);
    if (!t || !INTERNAL_HOSTS.has(new URL(t).hostname)) return null;
    return t;
  }
}
