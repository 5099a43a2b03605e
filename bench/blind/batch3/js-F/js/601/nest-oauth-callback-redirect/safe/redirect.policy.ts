import { Injectable } from '@nestjs/common';

@Injectable()
export class RedirectPolicy {
  private readonly home = 'https://app.myapp.example';

  resolve(next: string): string {
    try {
      const u = new URL(next, this.home);
      if (u.origin === this.home) return u.toString();
    } catch {}
    return this.home + '/';
  }
}
