import { Controller, Get, Param } from '@nestjs/common';
import { LdapService } from './ldap.service';

@Controller('groups')
export class GroupsController {
  constructor(private readonly ldap: LdapService) {}

  @Get(':cn/members')
  members(@Param('cn') cn: string) {
    return this.ldap.groupMembers(cn);
  }
}
