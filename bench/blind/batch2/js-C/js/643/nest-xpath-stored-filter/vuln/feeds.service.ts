import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import { readFile } from 'fs/promises';

@Injectable()
export class FeedsService {
  private readonly prisma = new PrismaClient();

  async runSavedSearch(id: number) {
    const saved = await this.prisma.savedSearch.findUnique({ where: { id } });
    if (!saved) throw new NotFoundException();
    const doc = new DOMParser().parseFromString(await readFile('/srv/feeds/jobs.xml', 'utf8'), 'text/xml');
    const nodes = xpath.select(`//job[contains(title, '${saved.keyword}')]`, doc) as Element[]; // cg-expect: CWE-643
    return nodes.map((n) => ({ id: n.getAttribute('id'), title: n.getElementsByTagName('title')[0]?.textContent }));
  }
}
