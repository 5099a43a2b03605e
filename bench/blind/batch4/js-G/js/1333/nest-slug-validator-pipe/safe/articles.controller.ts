import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { SlugPipe } from './slug.pipe';
import { ArticlesService } from './articles.service';

@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get(':slug')
  async show(@Param('slug', SlugPipe) slug: string) {
    const article = await this.articles.bySlug(slug);
    if (!article) throw new NotFoundException();
    return article;
  }
}
