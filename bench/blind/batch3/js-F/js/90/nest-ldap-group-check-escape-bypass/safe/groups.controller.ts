import { Controller, Get, Headers } from '@nestjs/common';
import { DirectoryService } from './directory.service';

@Controller('me')
export class GroupsController {
  constructor(private readonly dir: DirectoryService) {}

  @Get('groups')
  groups(@Headers('x-remote-user') user: string) {
    return this.dir.groupsOf(user ?? '');
  }
}
