import { Schema, model } from 'mongoose';

interface Doc {
  owner: string;
  folder: string;
  title: string;
  shared: boolean;
}

const DocModel = model<Doc>('Document', new Schema<Doc>({
  owner: String,
  folder: String,
  title: String,
  shared: Boolean,
}));

export async function findDocuments(owner: string, folder: string) {
  // documents the owner created, or that are shared into the folder
  const where = { folder: { $eq: folder }, $or: [{ owner: { $eq: owner } }, { shared: true }] };
  return DocModel.find(where).select('title owner folder').limit(100).lean();
}
