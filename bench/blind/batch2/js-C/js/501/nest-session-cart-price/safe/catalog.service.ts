import { Injectable, NotFoundException } from '@nestjs/common';

@Injectable()
export class CatalogService {
  private readonly prices = new Map<string, number>([
    ['TSHIRT-M', 1999],
    ['MUG', 1250],
  ]);

  priceOf(sku: string): number {
    const p = this.prices.get(String(sku));
    if (p === undefined) throw new NotFoundException('unknown sku');
    return p;
  }
}
