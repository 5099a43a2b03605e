import { Body, Controller, Post, Req } from '@nestjs/common';
import { VaultService } from './vault.service';
import { IntegrationsRepo } from './integrations.repo';

@Controller('integrations')
export class IntegrationsController {
  constructor(private readonly vault: VaultService, private readonly repo: IntegrationsRepo) {}

  @Post()
  async connect(@Req() req: any, @Body() body: { provider: string; apiToken: string }) {
    const sealed = this.vault.encrypt(body.apiToken);
    await this.repo.save(req.user.id, body.provider, sealed);
    return { ok: true };
  }
}
