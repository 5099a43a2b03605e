import { Injectable } from '@nestjs/common';

const QUOTED_LINE = /^(?:"(?:[^"]|"")*"|[^,"]*)(?:,(?:"(?:[^"]|"")*"|[^,"]*))*$/;

@Injectable()
export class CsvService {
  splitLine(line: string): string[] {
    if (line.length > 10000 || !QUOTED_LINE.test(line)) throw new Error('malformed CSV line');
    return line.split(',').map((f) => f.replace(/^"|"$/g, '').replace(/""/g, '"'));
  }
}
