import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { IsEmail, IsString, MinLength } from 'class-validator';
import { UsersService } from './users.service';

class CredentialsDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(10)
  password!: string;
}

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  async register(@Body() dto: CredentialsDto) {
    const user = await this.users.register(dto.email, dto.password);
    return { id: user.id, email: user.email };
  }

  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: CredentialsDto) {
    const token = await this.users.login(dto.email, dto.password);
    if (!token) throw new UnauthorizedException();
    return { accessToken: token };
  }
}
