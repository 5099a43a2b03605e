import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import md5 from 'md5';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  private hashPassword(plain: string): string {
    return md5(plain); // cg-expect: CWE-328
  }

  async register(email: string, password: string): Promise<User> {
    if (await this.repo.findOneBy({ email })) throw new ConflictException('email taken');
    return this.repo.save(this.repo.create({ email, passwordHash: this.hashPassword(password) }));
  }

  async login(email: string, password: string): Promise<string | null> {
    const user = await this.repo.findOneBy({ email });
    if (!user || user.passwordHash !== this.hashPassword(password)) return null;
    return this.jwt.signAsync({ sub: user.id, email: user.email });
  }
}
