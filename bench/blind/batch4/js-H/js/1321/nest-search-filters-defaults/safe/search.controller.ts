import { Body, Controller, Post } from '@nestjs/common';
import { applyDefaults } from './filters.util';

const DEFAULT_FILTERS = { page: { size: 20, number: 1 }, sort: { field: 'createdAt', dir: 'desc' } };

@Controller('search')
export class SearchController {
  @Post()
  search(@Body() query: Record<string, any>) {
    const filters = applyDefaults(structuredClone(DEFAULT_FILTERS), query);
    return { filters };
  }
}
