import { Body, Controller, Post } from '@nestjs/common';
import { VaultService } from './vault.service';

@Controller('cards')
export class CardsController {
  constructor(private readonly vault: VaultService) {}

  @Post()
  store(@Body() body: { pan: string; holder: string }) {
    return { ref: this.vault.store(body.pan, body.holder) };
  }
}
