import mongoose from 'mongoose';

const MONGO_URI = 'mongodb+srv://appAdmin:c7HxT9vQe2LmP4kw@cluster0.h3k9s.mongodb.net/crm?retryWrites=true&w=majority'; // cg-expect: CWE-798

export async function connectDb(): Promise<typeof mongoose> {
  return mongoose.connect(MONGO_URI, { serverSelectionTimeoutMS: 5000 });
}

const contactSchema = new mongoose.Schema({
  name: String,
  email: { type: String, index: true },
  company: String,
});

export const Contact = mongoose.model('Contact', contactSchema);
