import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ReportsService } from './reports.service';

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('download')
  download(@Query('file') file: string): StreamableFile {
    return new StreamableFile(this.reports.open(String(file ?? '')));
  }
}
