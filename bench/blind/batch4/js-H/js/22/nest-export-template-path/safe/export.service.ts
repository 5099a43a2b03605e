import { Injectable, BadRequestException } from '@nestjs/common';
import { readFile } from 'fs/promises';
import * as path from 'path';

const TEMPLATE_ROOT = '/srv/app/export-templates';

@Injectable()
export class ExportService {
  async loadTemplate(name: string): Promise<string> {
    const full = path.resolve(TEMPLATE_ROOT, name);
    if (!full.startsWith(TEMPLATE_ROOT + path.sep)) throw new BadRequestException('bad template');
    return readFile(full, 'utf8');
  }
}
