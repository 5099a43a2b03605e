import { Controller, Get, Header, Param } from '@nestjs/common';
import { renderToString } from 'react-dom/server';
import React from 'react';
import { CommentsService } from './comments.service';
import { CommentList } from './CommentList';

@Controller('posts')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get(':id/comments')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async list(@Param('id') id: string) {
    const items = await this.comments.forPost(id);
    return '<!doctype html>' + renderToString(<CommentList items={items} />);
  }
}
