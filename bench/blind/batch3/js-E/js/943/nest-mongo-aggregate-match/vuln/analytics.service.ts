import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

const FILTERABLE = ['type', 'source', 'country'] as const;

@Injectable()
export class AnalyticsService {
  constructor(@InjectModel('Event') private readonly events: Model<any>) {}

  async summarize(tenantId: string, filter: Record<string, unknown>) {
    const match = { ...filter, tenantId };
    return this.events.aggregate([ // cg-expect: CWE-943
      { $match: match },
      { $group: { _id: '$type', count: { $sum: 1 } } },
      { $sort: { count: -1 } },
    ]);
  }
}
