import { Injectable } from '@nestjs/common';

export interface OAuthClient {
  id: string;
  redirectUris: string[];
}

@Injectable()
export class ClientsService {
  private readonly clients: OAuthClient[] = [
    { id: 'mobile', redirectUris: ['https://app.example.com/cb'] },
    { id: 'partner', redirectUris: ['https://partner.example.net/oauth/cb'] },
  ];

  async find(id: string): Promise<OAuthClient | undefined> {
    return this.clients.find((c) => c.id === id);
  }
}
