import { Controller, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { randomKey } from './keygen';
import { TokenStore } from './token.store';

@Controller('tokens')
export class TokensController {
  constructor(private readonly store: TokenStore) {}

  @Post()
  async create(@Req() req: Request & { user: { id: string } }) {
    const key = `pk_${randomKey()}`;
    await this.store.save(req.user.id, key);
    return { key };
  }
}
