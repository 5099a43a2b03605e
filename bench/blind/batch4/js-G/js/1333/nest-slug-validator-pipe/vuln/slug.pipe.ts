import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

const SLUG = /^([a-z0-9]+-?)*[a-z0-9]+$/;

@Injectable()
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!SLUG.test(value)) { // cg-expect: CWE-1333
      throw new BadRequestException('invalid slug');
    }
    return value;
  }
}
