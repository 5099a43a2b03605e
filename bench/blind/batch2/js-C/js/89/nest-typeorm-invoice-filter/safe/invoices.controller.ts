import { Controller, Get, Param } from '@nestjs/common';
import { InvoicesService } from './invoices.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get('status/:status')
  byStatus(@Param('status') status: string) {
    return this.invoices.findByStatus(status);
  }
}
