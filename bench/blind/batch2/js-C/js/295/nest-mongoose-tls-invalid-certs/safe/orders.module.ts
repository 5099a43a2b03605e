import { Controller, Get, Module, Param } from '@nestjs/common';
import { InjectConnection, MongooseModule } from '@nestjs/mongoose';
import { Connection } from 'mongoose';

@Controller('orders')
class OrdersController {
  constructor(@InjectConnection() private readonly conn: Connection) {}

  @Get(':id')
  find(@Param('id') id: string) {
    return this.conn.collection('orders').findOne({ publicId: String(id) });
  }
}

@Module({ imports: [MongooseModule], controllers: [OrdersController] })
export class OrdersModule {}
