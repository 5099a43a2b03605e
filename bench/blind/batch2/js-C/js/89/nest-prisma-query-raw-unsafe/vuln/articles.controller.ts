import { Controller, Get, Query } from '@nestjs/common';
import { ArticlesService } from './articles.service';

@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get('search')
  search(@Query('q') q = '', @Query('limit') limit = '20') {
    return this.articles.search(String(q), Math.min(Number(limit) || 20, 100));
  }
}
