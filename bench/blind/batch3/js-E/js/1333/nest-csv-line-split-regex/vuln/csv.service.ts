import { Injectable } from '@nestjs/common';

const QUOTED_LINE = /^(?:"((?:[^"]|"")*)*"|[^,]*)(?:,(?:"((?:[^"]|"")*)*"|[^,]*))*$/;

@Injectable()
export class CsvService {
  splitLine(line: string): string[] {
    if (!QUOTED_LINE.test(line)) throw new Error('malformed CSV line'); // cg-expect: CWE-1333
    return line.split(',').map((f) => f.replace(/^"|"$/g, '').replace(/""/g, '"'));
  }
}
