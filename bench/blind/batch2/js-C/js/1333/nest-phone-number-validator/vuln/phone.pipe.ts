import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

const PHONE_RE = /^\+?(\d+[\s.-]?)+$/;

@Injectable()
export class PhonePipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    const phone = String(value ?? '').trim();
    if (!PHONE_RE.test(phone)) throw new BadRequestException('invalid phone number'); // cg-expect: CWE-1333
    return phone.replace(/[\s.-]/g, '');
  }
}
