import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { ProductsService } from './products.service';

interface SearchMessage {
  term: string;
  limit?: number;
}

@WebSocketGateway({ namespace: '/search' })
export class SearchGateway {
  constructor(private readonly products: ProductsService) {}

  @SubscribeMessage('search')
  async handleSearch(@MessageBody() msg: SearchMessage) {
    const limit = Math.min(50, Math.max(1, Number(msg.limit) || 10));
    const hits = await this.products.search(String(msg.term ?? ''), limit);
    return { event: 'results', data: hits };
  }
}
