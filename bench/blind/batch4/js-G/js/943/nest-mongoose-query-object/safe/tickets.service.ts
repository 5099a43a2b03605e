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
      if (typeof query[key] === 'string') filter[key] = query[key];
    }
    return this.model.find(sanitizeFilter(filter)).limit(100).lean();
  }
}
