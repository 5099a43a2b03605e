import { Body, Controller, Post } from '@nestjs/common';
import { PhonePipe } from './phone.pipe';

@Controller('contacts')
export class ContactsController {
  private readonly contacts: { name: string; phone: string }[] = [];

  @Post()
  add(@Body('name') name: string, @Body('phone', PhonePipe) phone: string) {
    this.contacts.push({ name: String(name).slice(0, 80), phone });
    return { count: this.contacts.length };
  }
}
