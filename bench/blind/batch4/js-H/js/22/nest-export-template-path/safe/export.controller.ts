import { Controller, Get, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { ExportService } from './export.service';

@Controller('export')
export class ExportController {
  constructor(private readonly svc: ExportService) {}

  @Get('template')
  async template(@Query('name') name: string, @Res() res: Response) {
    res.type('text/plain').send(await this.svc.loadTemplate(name));
  }
}
