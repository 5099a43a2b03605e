import { Body, Controller, Post, Session } from '@nestjs/common';
import { CatalogService } from './catalog.service';

type CartLine = { sku: string; qty: number; unitPrice: number };

@Controller('cart')
export class CartController {
  constructor(private readonly catalog: CatalogService) {}

  @Post('add')
  add(@Session() session: Record<string, any>, @Body() body: { sku: string; qty: number; unitPrice: number }) {
    const cart: CartLine[] = session.cart ?? [];
    const qty = Math.max(1, Math.min(99, Number(body.qty) || 1));
    cart.push({ sku: body.sku, qty, unitPrice: Number(body.unitPrice) });
    session.cart = cart; // cg-expect: CWE-501
    return { lines: cart.length };
  }

  @Post('checkout')
  checkout(@Session() session: Record<string, any>) {
    const cart: CartLine[] = session.cart ?? [];
    const total = cart.reduce((sum, l) => sum + l.qty * l.unitPrice, 0);
    session.cart = [];
    return { charged: total };
  }
}
