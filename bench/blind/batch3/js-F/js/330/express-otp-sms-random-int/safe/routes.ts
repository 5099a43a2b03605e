import express from 'express';
import { OtpIssuer } from './otp';
import { sms } from './sms';
import { otpStore } from './store';

const issuer = new OtpIssuer(6);
export const router = express.Router();

router.post('/login/otp', express.json(), async (req, res) => {
  const phone = String(req.body.phone);
  const code = issuer.generate();
  await otpStore.put(phone, code, 300);
  await sms.send(phone, `Your login code is ${code}`);
  res.json({ sent: true });
});
