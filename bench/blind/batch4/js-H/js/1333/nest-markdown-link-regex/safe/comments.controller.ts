import { Body, Controller, Post } from '@nestjs/common';
import { extractLinks } from './links.util';

@Controller('comments')
export class CommentsController {
  @Post('preview')
  preview(@Body('body') body: string) {
    return { links: extractLinks(String(body ?? '')) };
  }
}
