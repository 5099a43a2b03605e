import { ForbiddenException, Injectable } from '@nestjs/common';
import { createReadStream, ReadStream } from 'fs';
import { join, relative, resolve, isAbsolute } from 'path';

const REPORT_DIR = resolve('/srv/app/reports');

@Injectable()
export class ReportsService {
  open(file: string): ReadStream {
    if (file.startsWith('..') || file.startsWith('/')) throw new ForbiddenException();
    return createReadStream(join(REPORT_DIR, file)); // cg-expect: CWE-22
  }
}
