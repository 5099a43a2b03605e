import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Ticket } from './ticket.schema';

@Injectable()
export class TicketsService {
  constructor(@InjectModel(Ticket.name) private readonly model: Model<Ticket>) {}

  search(filter: Record<string, unknown>) {
    const clean: Record<string, string> = {};
    for (const k of ['status', 'assignee', 'priority']) {
      if (typeof filter[k] === 'string') clean[k] = filter[k] as string;
    }
    return this.model.find({ ...clean, archived: false }).limit(100).exec();
  }
}
