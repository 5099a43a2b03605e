import { Body, Controller, Post } from '@nestjs/common';
import { MetadataService } from './metadata.service';

@Controller('sso')
export class SsoController {
  constructor(private readonly metadata: MetadataService) {}

  @Post('metadata')
  import(@Body('xml') xml: string) {
    return this.metadata.extract(xml);
  }
}
