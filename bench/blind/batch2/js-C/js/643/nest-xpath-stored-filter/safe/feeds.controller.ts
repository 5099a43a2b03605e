import { Controller, Get, Param } from '@nestjs/common';
import { FeedsService } from './feeds.service';

@Controller('saved-searches')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get(':id/results')
  results(@Param('id') id: string) {
    return this.feeds.runSavedSearch(Number(id));
  }
}
