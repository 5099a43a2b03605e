import { Args, ID, Query, Resolver, Context } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { Order } from './order.model';
import { OrdersService } from './orders.service';

@Resolver(() => Order)
@UseGuards(GqlAuthGuard)
export class OrdersResolver {
  constructor(private readonly orders: OrdersService) {}

  @Query(() => Order, { nullable: true })
  order(@Args('id', { type: () => ID }) id: string, @Context() ctx: { req: { user: { id: string } } }) {
    return this.orders.findForCustomer(id, ctx.req.user.id);
  }

  @Query(() => [Order])
  myOrders(@Context() ctx: { req: { user: { id: string } } }) {
    return this.orders.listForCustomer(ctx.req.user.id);
  }
}
