import { Body, Controller, Post } from '@nestjs/common';
import { CommentsService } from './comments.service';

@Controller('comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Post('preview')
  preview(@Body('markdown') markdown: string) {
    return { links: this.comments.extractLinks(String(markdown ?? '')) };
  }
}
