import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI as string);
let ready: Promise<MongoClient> | null = null;

async function db() {
  if (!ready) ready = client.connect();
  return (await ready).db('workspace');
}

export async function findProjectsByOwner(owner: string, archived: boolean) {
  const projects = (await db()).collection('projects');
  const cursor = projects.find({
    owner: String(owner),
    archived,
  });
  return cursor.project({ _id: 0, name: 1, owner: 1, updatedAt: 1 }).limit(100).toArray();
}

export async function countProjects(): Promise<number> {
  return (await db()).collection('projects').countDocuments();
}
