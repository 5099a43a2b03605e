import { BadRequestException, Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InvoiceXmlService } from './invoice-xml.service';

@Controller('invoices')
@UseGuards(AuthGuard('jwt'))
export class InvoicesController {
  constructor(private readonly xml: InvoiceXmlService) {}

  @Post('import')
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  async importUbl(@Body() body: string) {
    if (typeof body !== 'string' || !body.trimStart().startsWith('<')) {
      throw new BadRequestException('expected UBL XML (Content-Type: application/xml)');
    }
    const invoice = this.xml.parseUbl(body);
    return { number: invoice.number, supplier: invoice.supplier, total: invoice.total };
  }
}
