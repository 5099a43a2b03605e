import { MongoClient, type Document } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI as string);
const GROUPABLE = new Set(['type', 'country', 'device']);

function toMatch(match: Document): Document {
  const out: Document = {};
  for (const key of GROUPABLE) {
    const v = match?.[key];
    if (typeof v === 'string') out[key] = { $eq: v };
  }
  if (typeof match?.since === 'string') out.ts = { $gte: new Date(match.since) };
  return out;
}

export async function eventTotals(orgId: string, match: Document, groupBy: string) {
  const field = GROUPABLE.has(groupBy) ? groupBy : 'type';
  const events = client.db('analytics').collection('events');
  const pipeline = [
    { $match: { $and: [{ orgId }, toMatch(match)] } },
    { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    { $sort: { count: -1 } },
  ];
  return events.aggregate(pipeline).toArray();
}
