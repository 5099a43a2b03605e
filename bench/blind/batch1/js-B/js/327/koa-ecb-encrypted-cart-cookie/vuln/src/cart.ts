import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { CartCodec, CartState } from './cart-codec';

const codec = new CartCodec(Buffer.from(process.env.CART_KEY_HEX ?? '', 'hex'));
export const cartRouter = new Router({ prefix: '/cart' });

function loadCart(raw: string | undefined): CartState {
  if (!raw) return { items: [] };
  try {
    return codec.decode(raw);
  } catch {
    return { items: [] };
  }
}

cartRouter.post('/items', bodyParser(), async (ctx) => {
  const { sku, qty } = ctx.request.body as { sku: string; qty: number };
  const cart = loadCart(ctx.cookies.get('cart'));
  const existing = cart.items.find((i) => i.sku === sku);
  if (existing) existing.qty += Number(qty) || 1;
  else cart.items.push({ sku: String(sku), qty: Number(qty) || 1 });
  ctx.cookies.set('cart', codec.encode(cart), { httpOnly: true, secure: true, sameSite: 'lax' });
  ctx.body = cart;
});

cartRouter.get('/', async (ctx) => {
  ctx.body = loadCart(ctx.cookies.get('cart'));
});
