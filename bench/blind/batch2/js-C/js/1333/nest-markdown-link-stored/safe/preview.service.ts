import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';

const LINK_RE = /\[([^\]\n]{0,200})\]\(([^)\s]{1,2000})\)/g;

@Injectable()
export class PreviewService {
  constructor(private readonly ds: DataSource) {}

  async linksIn(id: number) {
    const rows = await this.ds.query('SELECT body FROM comments WHERE id = $1', [id]);
    if (!rows[0]) throw new NotFoundException();
    const body: string = rows[0].body;
    return [...body.matchAll(LINK_RE)].map((m) => ({ text: m[1], href: m[2] }));
  }
}
