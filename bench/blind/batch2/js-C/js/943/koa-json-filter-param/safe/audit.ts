import { MongoClient } from 'mongodb';

const client = new MongoClient('mongodb://mongo:27017');
const audit = client.db('app').collection('audit');

export async function auditEntries(tenantId: string, filter: Record<string, unknown>) {
  const query: Record<string, unknown> = { tenantId };
  if (typeof filter.action === 'string') query.action = filter.action;
  if (typeof filter.actor === 'string') query.actor = filter.actor;
  return audit.find(query).sort({ at: -1 }).limit(200).toArray();
}
