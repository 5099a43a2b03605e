import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Membership } from './membership.entity';

@Injectable()
export class MembershipService {
  constructor(@InjectRepository(Membership) private readonly repo: Repository<Membership>) {}

  find(userId: string, tenantId: string) {
    return this.repo.findOne({ where: { userId, tenantId } });
  }
}
