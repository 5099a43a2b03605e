import { BadRequestException, Injectable } from '@nestjs/common';
import { createReadStream, ReadStream } from 'fs';
import path from 'path';

@Injectable()
export class ReportsStorage {
  private readonly base = path.resolve('/var/reports');

  open(file: string): ReadStream {
    if (file.startsWith('..')) throw new BadRequestException('bad name');
    return createReadStream(path.resolve(this.base, file)); // cg-expect: CWE-22
  }
}
