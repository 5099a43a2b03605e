import mongoose from 'mongoose';

const MONGO_URI = process.env.MONGO_URI ?? '';

export async function connectDb(): Promise<typeof mongoose> {
  if (!MONGO_URI) {
    throw new Error('MONGO_URI is not set');
  }
  return mongoose.connect(MONGO_URI, { serverSelectionTimeoutMS: 5000 });
}

const contactSchema = new mongoose.Schema({
  name: String,
  email: { type: String, index: true },
  company: String,
});

export const Contact = mongoose.model('Contact', contactSchema);
