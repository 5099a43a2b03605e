import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { PhonebookService } from './phonebook.service';

@WebSocketGateway({ path: '/ws/phonebook' })
export class PhonebookGateway {
  constructor(private readonly phonebook: PhonebookService) {}

  @SubscribeMessage('lookup')
  async lookup(@MessageBody() msg: { prefix: string }) {
    const entries = await this.phonebook.byPhonePrefix(String(msg?.prefix ?? ''));
    return { event: 'results', data: entries };
  }
}
