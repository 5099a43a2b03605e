import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';

@ObjectType()
class Order {
  @Field(() => ID) id!: string;
  @Field() status!: string;
}

@Resolver(() => Order)
export class OrdersResolver {
  @Query(() => Order, { nullable: true })
  order(@Args('id') id: string): Order | null {
    return id ? { id, status: 'pending' } : null;
  }
}
