import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Product } from './product.schema';

@Injectable()
export class ProductsService {
  constructor(@InjectModel(Product.name) private readonly model: Model<Product>) {}

  search(filter: Record<string, unknown>) {
    return this.model.find({ ...filter, published: true }).limit(100).lean(); // cg-expect: CWE-943
  }
}
