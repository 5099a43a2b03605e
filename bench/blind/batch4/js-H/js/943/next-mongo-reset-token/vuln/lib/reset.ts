import { MongoClient } from 'mongodb';
import bcrypt from 'bcryptjs';

const client = new MongoClient(process.env.MONGO_URL!);

export async function resetPassword(token: unknown, newPassword: unknown) {
  if (typeof newPassword !== 'string' || newPassword.length < 12) return false;
  const users = client.db('app').collection('users');
  const user = await users.findOne({ resetToken: token, resetExpires: { $gt: new Date() } }); // cg-expect: CWE-943
  if (!user) return false;
  await users.updateOne({ _id: user._id }, { $set: { passwordHash: await bcrypt.hash(newPassword, 12) }, $unset: { resetToken: '' } });
  return true;
}
