import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { DiagnosticsService } from './diagnostics.service';

@WebSocketGateway({ namespace: '/diagnostics' })
export class DiagnosticsGateway {
  constructor(private readonly diagnostics: DiagnosticsService) {}

  @SubscribeMessage('ping')
  async handlePing(@MessageBody() data: { host: string; count?: number }) {
    const output = await this.diagnostics.ping(data.host, data.count ?? 3);
    return { event: 'ping-result', data: output };
  }
}
