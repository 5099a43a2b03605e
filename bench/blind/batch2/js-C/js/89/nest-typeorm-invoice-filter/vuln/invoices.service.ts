import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

@Injectable()
export class InvoicesService {
  constructor(@InjectRepository(Invoice) private readonly repo: Repository<Invoice>) {}

  findByStatus(status: string) {
    const cleaned = status.replace("'", "''");
    return this.repo
      .createQueryBuilder('inv')
      .where(`inv.status = '${cleaned}'`) // cg-expect: CWE-89
      .orderBy('inv.issuedAt', 'DESC')
      .getMany();
  }
}
