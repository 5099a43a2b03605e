import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

const PHONE_RE = /^\+?\d(?:[\s.-]?\d){5,19}$/;

@Injectable()
export class PhonePipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    const phone = String(value ?? '').trim();
    if (phone.length > 32 || !PHONE_RE.test(phone)) throw new BadRequestException('invalid phone number');
    return phone.replace(/[\s.-]/g, '');
  }
}
