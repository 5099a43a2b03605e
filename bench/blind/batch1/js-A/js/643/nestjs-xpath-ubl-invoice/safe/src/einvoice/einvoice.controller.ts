import { Controller, Get, Param, Query } from '@nestjs/common';
import { EinvoiceService } from './einvoice.service';

@Controller('einvoices')
export class EinvoiceController {
  constructor(private readonly einvoices: EinvoiceService) {}

  @Get(':archiveId/lines')
  lines(@Param('archiveId') archiveId: string, @Query('item') item: string) {
    return this.einvoices.linesForItem(archiveId, item ?? '');
  }
}
