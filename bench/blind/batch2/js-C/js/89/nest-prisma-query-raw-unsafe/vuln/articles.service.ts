import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

@Injectable()
export class ArticlesService {
  private readonly prisma = new PrismaClient();

  async search(q: string, limit: number) {
    return this.prisma.$queryRawUnsafe( // cg-expect: CWE-89
      `SELECT id, title FROM "Article" WHERE to_tsvector(body) @@ plainto_tsquery('${q}') LIMIT ${limit}`,
    );
  }
}
