import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Integration } from './integration.entity';

@Injectable()
export class IntegrationRepo {
  constructor(@InjectRepository(Integration) private readonly repo: Repository<Integration>) {}

  get(id: string) {
    return this.repo.findOneByOrFail({ id });
  }

  update(id: string, patch: Partial<Integration>) {
    return this.repo.update({ id }, patch);
  }
}
