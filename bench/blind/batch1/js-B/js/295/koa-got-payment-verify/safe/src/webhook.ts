import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { PaymentGateway } from './payment-gateway';
import { markOrderPaid } from './orders';

const gateway = new PaymentGateway(process.env.GATEWAY_URL!, process.env.GATEWAY_API_KEY!);
export const paymentWebhook = new Router();

// The notification is unauthenticated, so we re-read the payment from the gateway before trusting it.
paymentWebhook.post('/payments/notify', bodyParser(), async (ctx) => {
  const { reference } = ctx.request.body as { reference?: string };
  if (!reference) ctx.throw(400, 'reference required');
  const payment = await gateway.status(reference);
  if (payment.status === 'paid') {
    await markOrderPaid(payment.reference, payment.amountMinor);
  }
  ctx.body = { received: true };
});
