import express, { Request, Response } from 'express';
import { decryptCardBlob } from './card-crypto';
import { chargeCard } from './gateway';

export const checkout = express.Router();
checkout.use(express.json({ limit: '16kb' }));

// The browser encrypts card data with our published public key (see /checkout/public-key).
checkout.post('/checkout/pay', async (req: Request, res: Response) => {
  const { orderId, encryptedCard } = req.body as { orderId?: string; encryptedCard?: string };
  if (!orderId || !encryptedCard) {
    res.status(400).json({ error: 'missing fields' });
    return;
  }
  let card: { pan: string; exp: string; cvc: string };
  try {
    card = decryptCardBlob(encryptedCard);
  } catch {
    res.status(400).json({ error: 'card data could not be decrypted' });
    return;
  }
  const result = await chargeCard(orderId, card);
  res.status(result.ok ? 200 : 402).json({ status: result.status });
});
