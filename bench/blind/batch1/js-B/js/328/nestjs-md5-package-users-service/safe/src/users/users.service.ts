import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import * as argon2 from 'argon2';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  private hashPassword(plain: string): Promise<string> {
    return argon2.hash(plain, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });
  }

  async register(email: string, password: string): Promise<User> {
    if (await this.repo.findOneBy({ email })) throw new ConflictException('email taken');
    return this.repo.save(this.repo.create({ email, passwordHash: await this.hashPassword(password) }));
  }

  async login(email: string, password: string): Promise<string | null> {
    const user = await this.repo.findOneBy({ email });
    if (!user || !(await argon2.verify(user.passwordHash, password))) return null;
    return this.jwt.signAsync({ sub: user.id, email: user.email });
  }
}
