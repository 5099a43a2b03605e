import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

@Injectable()
export class InvoicesService {
  constructor(@InjectRepository(Invoice) private readonly repo: Repository<Invoice>) {}

  findByStatus(status: string) {
    return this.repo
      .createQueryBuilder('inv')
      .where('inv.status = :status', { status })
      .orderBy('inv.issuedAt', 'DESC')
      .getMany();
  }
}
