import { Injectable } from '@nestjs/common';

const LINK = /\[([^\]]*)\]\(((?:[a-z]+:)?(?:\/?[\w.~%-]+)+\/?)\)/gi;

@Injectable()
export class CommentsService {
  extractLinks(markdown: string): string[] {
    const out: string[] = [];
    for (const m of markdown.matchAll(LINK)) out.push(m[2]); // cg-expect: CWE-1333
    return out;
  }
}
