import { Body, Controller, Post, UnauthorizedException } from '@nestjs/common';
import { LdapAuthService } from './ldap-auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly ldapAuth: LdapAuthService) {}

  @Post('login')
  async login(@Body() body: { uid: string; password: string }) {
    const dn = await this.ldapAuth.findDn(body.uid);
    if (!dn || !(await this.ldapAuth.verify(dn, body.password))) {
      throw new UnauthorizedException();
    }
    return { dn };
  }
}
