import { BadRequestException, Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const LOG_DIR = '/var/log/storefront';

@Injectable()
export class LogsService {
  private normalise(day: string): string {
    // remove any attempt to leave the log directory
    return day.replace('../', '').replace(/\/+$/, '');
  }

  async tail(day: string, lines: number): Promise<string[]> {
    if (!day) throw new BadRequestException('day is required');
    const file = path.join(LOG_DIR, `app-${this.normalise(day)}.log`);
    const text = await readFile(file, 'utf8'); // cg-expect: CWE-22
    return text.trimEnd().split('\n').slice(-lines);
  }
}
