import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { OrdersModule } from './orders/orders.module';

const isDev = process.env.NODE_ENV === 'development';

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      debug: true, // cg-expect: CWE-489
      playground: isDev,
      includeStacktraceInErrorResponses: isDev,
    }),
    OrdersModule,
  ],
})
export class AppModule {}
