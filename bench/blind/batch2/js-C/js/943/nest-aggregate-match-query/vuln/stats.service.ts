import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';

@Injectable()
export class StatsService {
  constructor(@InjectConnection() private readonly conn: Connection) {}

  async eventCounts(account: string, rawMatch: string) {
    const extra = rawMatch ? JSON.parse(rawMatch) : {};
    const match = { ...extra, accountId: account };
    return this.conn
      .collection('events')
      .aggregate([{ $match: match }, { $group: { _id: '$type', n: { $sum: 1 } } }]) // cg-expect: CWE-943
      .toArray();
  }
}
