import { Body, Controller, Post } from '@nestjs/common';
import { BackupService } from './backup.service';

class CreateBackupDto {
  label!: string;
}

@Controller('admin/backups')
export class BackupController {
  constructor(private readonly backups: BackupService) {}

  @Post()
  async create(@Body() dto: CreateBackupDto) {
    const file = await this.backups.archive(dto.label);
    return { file };
  }
}
