import Router from '@koa/router';
import { fetchShipment } from '../clients/partner';

export const router = new Router();
router.get('/shipments/:id', async (ctx) => {
  ctx.body = await fetchShipment(ctx.params.id);
});
