import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { MacroService } from './macro.service';

@WebSocketGateway({ path: '/macros' })
export class MacroGateway {
  constructor(private readonly macros: MacroService) {}

  @SubscribeMessage('run')
  handleRun(@MessageBody() body: { step: string; value: number }) {
    return { event: 'result', data: this.macros.runStep(body.step, body.value) };
  }
}
