import { BadRequestException, Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const LOG_DIR = '/var/log/storefront';

@Injectable()
export class LogsService {
  private normalise(day: string): string {
    // only calendar dates such as 2024-05-31 are valid log names
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new BadRequestException('day must be YYYY-MM-DD');
    return day;
  }

  async tail(day: string, lines: number): Promise<string[]> {
    if (!day) throw new BadRequestException('day is required');
    const file = path.join(LOG_DIR, `app-${this.normalise(day)}.log`);
    const text = await readFile(file, 'utf8');
    return text.trimEnd().split('\n').slice(-lines);
  }
}
