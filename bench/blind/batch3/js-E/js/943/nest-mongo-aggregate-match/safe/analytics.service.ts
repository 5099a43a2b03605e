import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

const FILTERABLE = ['type', 'source', 'country'] as const;

@Injectable()
export class AnalyticsService {
  constructor(@InjectModel('Event') private readonly events: Model<any>) {}

  async summarize(tenantId: string, filter: Record<string, unknown>) {
    const match: Record<string, string> = { tenantId };
    for (const key of FILTERABLE) {
      const v = filter[key];
      if (typeof v === 'string') match[key] = v;
    }
    return this.events.aggregate([
      { $match: match },
      { $group: { _id: '$type', count: { $sum: 1 } } },
      { $sort: { count: -1 } },
    ]);
  }
}
