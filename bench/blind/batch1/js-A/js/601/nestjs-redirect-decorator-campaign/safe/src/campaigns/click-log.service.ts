import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Click } from './click.entity';

@Injectable()
export class ClickLogService {
  private readonly logger = new Logger(ClickLogService.name);

  constructor(@InjectRepository(Click) private readonly repo: Repository<Click>) {}

  async record(campaignId: string, target?: string) {
    try {
      await this.repo.insert({ campaignId: String(campaignId).slice(0, 64), target: target?.slice(0, 512) ?? null });
    } catch (e) {
      this.logger.warn(`click not recorded: ${(e as Error).message}`);
    }
  }
}
