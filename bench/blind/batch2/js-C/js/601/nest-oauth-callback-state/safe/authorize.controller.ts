import { BadRequestException, Controller, Get, Query, Redirect } from '@nestjs/common';
import { ClientsService } from './clients.service';

@Controller('oauth')
export class AuthorizeController {
  constructor(private readonly clients: ClientsService) {}

  @Get('authorize/done')
  @Redirect()
  async done(@Query('client_id') clientId: string, @Query('redirect_uri') redirectUri: string, @Query('code') code: string) {
    const client = await this.clients.find(clientId);
    if (!client) throw new BadRequestException('unknown client');
    if (!client.redirectUris.includes(redirectUri)) throw new BadRequestException('redirect_uri mismatch');
    return { url: `${redirectUri}?code=${encodeURIComponent(code)}` };
  }
}
