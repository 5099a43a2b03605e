import { Controller, Param, Post } from '@nestjs/common';
import { WebhooksService } from './webhooks.service';

@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly hooks: WebhooksService) {}

  @Post(':id/test')
  test(@Param('id') id: string) {
    return this.hooks.sendTest(id);
  }
}
