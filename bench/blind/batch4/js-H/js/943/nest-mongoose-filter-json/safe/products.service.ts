import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Product } from './product.schema';

@Injectable()
export class ProductsService {
  constructor(@InjectModel(Product.name) private readonly model: Model<Product>) {}

  search(filter: Record<string, unknown>) {
    const q: Record<string, unknown> = { published: true };
    if (typeof filter.category === 'string') q.category = filter.category;
    if (typeof filter.brand === 'string') q.brand = filter.brand;
    return this.model.find(q).limit(100).lean();
  }
}
