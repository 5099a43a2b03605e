import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

export interface KycDecision {
  applicantId: string;
  decision: 'approved' | 'review' | 'rejected';
}

@Injectable()
export class KycService {
  constructor(private readonly http: HttpService) {}

  async submit(applicant: { name: string; dob: string; documentImage: string }): Promise<KycDecision> {
    const { data } = await firstValueFrom(this.http.post<KycDecision>('/v3/checks', applicant));
    return data;
  }
}
