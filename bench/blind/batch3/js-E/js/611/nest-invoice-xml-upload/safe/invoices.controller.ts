import { BadRequestException, Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InvoiceXmlService } from './invoice-xml.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly xml: InvoiceXmlService) {}

  @Post('upload')
  @UseInterceptors(FileInterceptor('invoice', { limits: { fileSize: 1024 * 1024 } }))
  upload(@UploadedFile() file: Express.Multer.File) {
    if (!file || !/xml$/.test(file.mimetype)) throw new BadRequestException('XML invoice required');
    return this.xml.summarize(file.buffer);
  }
}
