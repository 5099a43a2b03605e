import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Ticket } from './ticket.schema';

@Injectable()
export class TicketsService {
  constructor(@InjectModel(Ticket.name) private readonly model: Model<Ticket>) {}

  search(filter: Record<string, unknown>) {
    return this.model.find({ ...filter, archived: false }).limit(100).exec(); // cg-expect: CWE-943
  }
}
