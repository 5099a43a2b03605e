import { Body, Controller, Post } from '@nestjs/common';
import { MetadataService } from './metadata.service';

@Controller('sso/partners')
export class SsoController {
  constructor(private readonly metadata: MetadataService) {}

  @Post()
  register(@Body() body: { name: string; metadataXml: string }) {
    return this.metadata.register(body.name, body.metadataXml);
  }
}
