import { Router, json } from 'express';
import Redis from 'ioredis';
import twilio from 'twilio';
import { OtpService } from './otp.service';
import { findUserByPhone, startSession } from './users';

const redis = new Redis(process.env.REDIS_URL!);
const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
const otp = new OtpService(redis);

export const loginRoutes = Router();
loginRoutes.use(json());

loginRoutes.post('/login/sms', async (req, res) => {
  const phone = String(req.body.phone ?? '');
  const user = await findUserByPhone(phone);
  if (user) {
    const code = await otp.issue(phone);
    await sms.messages.create({ to: phone, from: process.env.TWILIO_FROM, body: `Your login code: ${code}` });
  }
  res.status(202).json({ sent: true });
});

loginRoutes.post('/login/sms/verify', async (req, res) => {
  const { phone, code } = req.body ?? {};
  if (!(await otp.verify(String(phone), String(code)))) {
    res.status(401).json({ error: 'wrong code' });
    return;
  }
  const user = await findUserByPhone(String(phone));
  res.json({ token: await startSession(user!.id) });
});
