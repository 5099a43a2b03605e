import { Controller, Param, ParseIntPipe, Post, StreamableFile } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { InvoicesService } from './invoices.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Post(':id/pdf')
  async exportPdf(@Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    const file = await this.invoices.renderPdf(id);
    return new StreamableFile(createReadStream(file));
  }
}
