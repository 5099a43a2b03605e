import { BadRequestException, Injectable } from '@nestjs/common';
import { createReadStream, ReadStream } from 'fs';
import { join, resolve, relative, isAbsolute } from 'path';

const ROOT = resolve('/var/lib/helpdesk/attachments');

@Injectable()
export class AttachmentsService {
  open(ticketId: string, name: string): ReadStream {
    if (name.startsWith('/')) throw new BadRequestException('invalid name');
    const dir = join(ROOT, ticketId);
    const file = join(dir, name);
    return createReadStream(file); // cg-expect: CWE-22
  }

  isInside(dir: string, file: string): boolean {
    const rel = relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  }
}
