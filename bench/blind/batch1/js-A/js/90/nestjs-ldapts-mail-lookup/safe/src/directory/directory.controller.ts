import { Body, Controller, Post } from '@nestjs/common';
import { DirectoryService } from './directory.service';

class ResolveRecipientsDto {
  emails: string[];
}

@Controller('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Post('resolve')
  async resolve(@Body() dto: ResolveRecipientsDto) {
    const results = await Promise.all((dto.emails ?? []).slice(0, 20).map((e) => this.directory.byMail(e)));
    return results.filter(Boolean);
  }
}
