import { Body, Controller, Post } from '@nestjs/common';
import { ConfigStoreService } from './config-store.service';

interface Entry {
  path: string;
  value: unknown;
}

@Controller('config')
export class ConfigImportController {
  constructor(private readonly store: ConfigStoreService) {}

  @Post('import')
  import(@Body('entries') entries: Entry[]) {
    for (const e of entries ?? []) {
      this.store.setPath(String(e.path), e.value);
    }
    return this.store.snapshot();
  }
}
