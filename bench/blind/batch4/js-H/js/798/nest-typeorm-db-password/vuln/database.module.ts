import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Order } from './order.entity';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        type: 'postgres',
        host: config.get('DB_HOST', 'db.prod.acme.internal'),
        username: 'orders_svc',
        password: 'Xk9#vQ2m!Lp7rT4w', // cg-expect: CWE-798
        database: 'orders',
        entities: [Order],
        ssl: true,
      }),
    }),
  ],
})
export class DatabaseModule {}
