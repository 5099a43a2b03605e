import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';

@Injectable()
export class StatsService {
  constructor(@InjectConnection() private readonly conn: Connection) {}

  async eventCounts(account: string, rawMatch: string) {
    const extra = rawMatch ? JSON.parse(rawMatch) : {};
    const match: Record<string, string> = { accountId: String(account) };
    for (const k of ['type', 'source']) {
      if (typeof extra[k] === 'string') match[k] = extra[k];
      else if (extra[k] !== undefined) throw new BadRequestException(`${k} must be a string`);
    }
    return this.conn
      .collection('events')
      .aggregate([{ $match: match }, { $group: { _id: '$type', n: { $sum: 1 } } }])
      .toArray();
  }
}
