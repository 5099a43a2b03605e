import { Injectable } from '@nestjs/common';

const LINK = /\[([^\]]{0,200})\]\(((?:https?:)?[\w.~%\/-]{1,2048})\)/gi;

@Injectable()
export class CommentsService {
  extractLinks(markdown: string): string[] {
    const out: string[] = [];
    for (const m of markdown.matchAll(LINK)) out.push(m[2]);
    return out;
  }
}
