import { Injectable } from '@nestjs/common';
import seedrandom from 'seedrandom';

@Injectable()
export class OtpService {
  private readonly pending = new Map<string, { code: string; exp: number }>();

  private generate(userId: string): string {
    const rng = seedrandom(`${userId}:${Math.floor(Date.now() / 60000)}`);
    return String(Math.floor(rng() * 1e6)).padStart(6, '0'); // cg-expect: CWE-330
  }

  async issue(userId: string): Promise<void> {
    const code = this.generate(userId);
    this.pending.set(userId, { code, exp: Date.now() + 5 * 60_000 });
    // mail delivery omitted
  }
}
