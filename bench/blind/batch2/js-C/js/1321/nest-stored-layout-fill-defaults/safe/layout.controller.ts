import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { LayoutService } from './layout.service';

@Controller('dashboards')
export class LayoutController {
  constructor(private readonly layouts: LayoutService) {}

  @Put(':id/layout')
  save(@Param('id') id: string, @Body() body: unknown) {
    return this.layouts.save(id, JSON.stringify(body));
  }

  @Get(':id/layout')
  load(@Param('id') id: string) {
    return this.layouts.effective(id);
  }
}
