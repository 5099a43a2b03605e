import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class KycService {
  constructor(private readonly http: HttpService) {}

  async verify(person: { name: string; dob: string; documentNumber: string }) {
    const { data } = await firstValueFrom(this.http.post('/checks', person));
    return data.status as string;
  }
}
