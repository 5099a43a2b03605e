import { ForbiddenException, Injectable } from '@nestjs/common';
import { createReadStream, ReadStream } from 'fs';
import { join, relative, resolve, isAbsolute } from 'path';

const REPORT_DIR = resolve('/srv/app/reports');

@Injectable()
export class ReportsService {
  open(file: string): ReadStream {
    const full = resolve(REPORT_DIR, file);
    const rel = relative(REPORT_DIR, full);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw new ForbiddenException();
    return createReadStream(join(REPORT_DIR, rel));
  }
}
