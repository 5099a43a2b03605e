import { MongoClient, type Document } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI as string);
const GROUPABLE = new Set(['type', 'country', 'device']);

export async function eventTotals(orgId: string, match: Document, groupBy: string) {
  const field = GROUPABLE.has(groupBy) ? groupBy : 'type';
  const events = client.db('analytics').collection('events');
  const pipeline = [
    { $match: { $and: [{ orgId }, match] } },
    { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    { $sort: { count: -1 } },
  ];
  return events.aggregate(pipeline).toArray(); // cg-expect: CWE-943
}
