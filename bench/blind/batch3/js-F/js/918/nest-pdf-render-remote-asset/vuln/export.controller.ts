import { Body, Controller, Post } from '@nestjs/common';
import { ExportService } from './export.service';

@Controller('invoices')
export class ExportController {
  constructor(private readonly exporter: ExportService) {}

  @Post('export')
  export(@Body() body: { invoiceId: string; logo: string }) {
    return this.exporter.render(body.invoiceId, body.logo);
  }
}
