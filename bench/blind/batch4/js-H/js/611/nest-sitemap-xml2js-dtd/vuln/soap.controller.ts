import { Controller, Post, Req } from '@nestjs/common';
import { Request } from 'express';
import { SoapService } from './soap.service';

@Controller('soap')
export class SoapController {
  constructor(private readonly soap: SoapService) {}

  @Post('order-status')
  orderStatus(@Req() req: Request) {
    return this.soap.handle(req.body as string);
  }
}
