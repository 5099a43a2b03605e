import { MongoClient } from 'mongodb';

const client = new MongoClient('mongodb://mongo:27017');
const tickets = client.db('support').collection('tickets');
const FIELDS = ['status', 'priority', 'assignee'];

export async function searchTickets(filter: Record<string, unknown>) {
  const query: Record<string, unknown> = {};
  for (const key of Object.keys(filter)) {
    if (!FIELDS.includes(key)) continue;
    query[key] = filter[key];
  }
  return tickets.find(query).limit(100).toArray(); // cg-expect: CWE-943
}
