import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI!);
export const clientPromise = client.connect();

export async function notesCollection() {
  return (await clientPromise).db('notes-app').collection('notes');
}
