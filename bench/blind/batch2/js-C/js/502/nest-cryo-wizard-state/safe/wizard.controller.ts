import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { WizardStateService } from './wizard-state.service';

@Controller('wizard')
export class WizardController {
  constructor(private readonly state: WizardStateService) {}

  @Put(':id')
  save(@Param('id') id: string, @Body('blob') blob: string) {
    return this.state.save(id, blob);
  }

  @Get(':id')
  load(@Param('id') id: string) {
    return this.state.load(id);
  }
}
