import { Body, Controller, Param, Post } from '@nestjs/common';
import { AlertsService } from './alerts.service';

@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Post('rules')
  create(@Body() body: { name: string; condition: string }) {
    return this.alerts.saveRule(body.name, body.condition);
  }

  @Post('rules/:id/evaluate')
  evaluate(@Param('id') id: string, @Body() metrics: Record<string, number>) {
    return this.alerts.evaluate(id, metrics);
  }
}
