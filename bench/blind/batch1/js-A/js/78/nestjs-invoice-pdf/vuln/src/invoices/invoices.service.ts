import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { Invoice } from './invoice.entity';

const run = promisify(exec);

@Injectable()
export class InvoicesService {
  constructor(@InjectRepository(Invoice) private readonly repo: Repository<Invoice>) {}

  async renderPdf(id: number): Promise<string> {
    const invoice = await this.repo.findOneBy({ id });
    if (!invoice) throw new NotFoundException();
    const html = `/var/app/rendered/invoice-${invoice.id}.html`;
    const pdf = `/var/app/rendered/invoice-${invoice.id}.pdf`;
    // customerReference is typed in by the customer on the checkout form
    await run(`wkhtmltopdf --title "${invoice.customerReference}" ${html} ${pdf}`); // cg-expect: CWE-78
    return pdf;
  }
}
