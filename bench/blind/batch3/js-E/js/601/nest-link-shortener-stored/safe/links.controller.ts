import { Body, Controller, Get, NotFoundException, Param, Post, Redirect } from '@nestjs/common';
import { LinksService } from './links.service';

@Controller()
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Post('links')
  create(@Body('target') target: string) {
    return this.links.create(target);
  }

  @Get('r/:code')
  @Redirect()
  async follow(@Param('code') code: string) {
    const target = await this.links.resolve(code);
    if (!target) throw new NotFoundException();
    return { url: target, statusCode: 302 };
  }
}
