import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, sanitizeFilter } from 'mongoose';
import { Ticket } from './ticket.schema';

@Injectable()
export class TicketsService {
  constructor(@InjectModel(Ticket.name) private readonly model: Model<Ticket>) {}

  search(query: Record<string, unknown>) {
    const filter: Record<string, unknown> = { archived: false };
    for (const key of ['assignee', 'status', 'project']) {
      if (query[key] !== undefined) filter[key] = query[key];
    }
    return this.model.find(filter).limit(100).lean(); // cg-expect: CWE-943
  }
}
