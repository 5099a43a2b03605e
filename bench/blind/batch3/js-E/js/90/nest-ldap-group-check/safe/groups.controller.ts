import { Controller, Get, Headers } from '@nestjs/common';
import { LdapService } from './ldap.service';

@Controller('me')
export class GroupsController {
  constructor(private readonly ldap: LdapService) {}

  @Get('groups')
  async groups(@Headers('x-remote-user') user: string) {
    return { groups: await this.ldap.groupsFor(user ?? '') };
  }
}
