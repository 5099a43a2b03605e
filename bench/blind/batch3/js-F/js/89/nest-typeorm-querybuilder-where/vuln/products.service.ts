import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Product } from './product.entity';

@Injectable()
export class ProductsService {
  constructor(@InjectRepository(Product) private readonly repo: Repository<Product>) {}

  search(term: string, category: string) {
    const qb = this.repo.createQueryBuilder('p').where('p.active = :active', { active: true });
    if (category !== 'all') qb.andWhere('p.category = :category', { category });
    qb.andWhere(`p.name ILIKE '%${term}%'`); // cg-expect: CWE-89
    return qb.orderBy('p.name').limit(50).getMany();
  }
}
