import { Body, Controller, Param, Post, Put } from '@nestjs/common';
import { IntegrationsService } from './integrations.service';
import { IntegrationRepo } from './integration.repo';

@Controller('integrations')
export class IntegrationsController {
  constructor(private readonly svc: IntegrationsService, private readonly repo: IntegrationRepo) {}

  @Put(':id/transform')
  setTransform(@Param('id') id: string, @Body('transform') transform: string) {
    return this.repo.update(id, { transform });
  }

  @Post(':id/events')
  receive(@Param('id') id: string, @Body() event: unknown) {
    return this.svc.transform(id, event);
  }
}
