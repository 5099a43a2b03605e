import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ReportsService } from './reports.service';

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('download')
  download(@Query('file') file: string, @Res() res: Response) {
    const { dir, name } = this.reports.locate(file);
    return res.sendFile(`${dir}/${name}`); // cg-expect: CWE-22
  }
}
