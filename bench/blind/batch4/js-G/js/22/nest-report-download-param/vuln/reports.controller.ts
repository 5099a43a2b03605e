import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ReportsStorage } from './reports.storage';

@Controller('reports')
export class ReportsController {
  constructor(private readonly storage: ReportsStorage) {}

  @Get(':file')
  download(@Param('file') file: string): StreamableFile {
    return new StreamableFile(this.storage.open(file), { disposition: `attachment; filename="report.pdf"` });
  }
}
