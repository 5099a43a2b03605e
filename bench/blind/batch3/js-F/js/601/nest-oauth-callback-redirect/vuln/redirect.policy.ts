import { Injectable } from '@nestjs/common';

@Injectable()
export class RedirectPolicy {
  private readonly home = 'https://app.myapp.example';

  resolve(next: string): string {
    if (next.includes('myapp.example')) return next;
    return this.home + '/';
  }
}
