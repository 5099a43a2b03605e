import { randomBytes } from 'crypto';

export async function queueResetMail(uid: string, mail: string) {
  const token = randomBytes(32).toString('hex');
  console.log(`reset token issued for ${uid}; mail queued to ${mail}`);
  return token;
}
