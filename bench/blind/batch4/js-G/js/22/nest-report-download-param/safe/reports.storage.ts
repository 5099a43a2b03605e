import { BadRequestException, Injectable } from '@nestjs/common';
import { createReadStream, ReadStream } from 'fs';
import path from 'path';

@Injectable()
export class ReportsStorage {
  private readonly base = path.resolve('/var/reports');

  open(file: string): ReadStream {
    const full = path.resolve(this.base, file);
    if (path.dirname(full) !== this.base) throw new BadRequestException('bad name');
    return createReadStream(full);
  }
}
