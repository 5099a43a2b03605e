import { MongoClient } from 'mongodb';

const client = new MongoClient('mongodb://mongo:27017');
const tickets = client.db('support').collection('tickets');
const FIELDS = ['status', 'priority', 'assignee'];

export async function searchTickets(filter: Record<string, unknown>) {
  const query: Record<string, unknown> = {};
  for (const key of Object.keys(filter)) {
    if (!FIELDS.includes(key)) continue;
    const value = filter[key];
    if (typeof value !== 'string') continue;
    query[key] = value;
  }
  return tickets.find(query).limit(100).toArray();
}
