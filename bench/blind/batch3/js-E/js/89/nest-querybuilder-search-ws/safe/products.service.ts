import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Product } from './product.entity';

@Injectable()
export class ProductsService {
  constructor(@InjectRepository(Product) private readonly repo: Repository<Product>) {}

  search(term: string, limit: number) {
    return this.repo
      .createQueryBuilder('p')
      .where('p.name ILIKE :pattern', { pattern: `%${term.replace(/[%_\\]/g, (c) => '\\' + c)}%` })
      .andWhere('p.archived = :archived', { archived: false })
      .orderBy('p.name', 'ASC')
      .limit(limit)
      .getMany();
  }
}
