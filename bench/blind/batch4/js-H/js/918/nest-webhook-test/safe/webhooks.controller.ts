import { Body, Controller, Post } from '@nestjs/common';
import { WebhooksService } from './webhooks.service';

class TestWebhookDto { url!: string; }

@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly svc: WebhooksService) {}

  @Post('test')
  async test(@Body() dto: TestWebhookDto) {
    return this.svc.ping(dto.url);
  }
}
