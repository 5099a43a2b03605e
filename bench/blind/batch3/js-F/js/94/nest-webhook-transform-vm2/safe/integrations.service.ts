import { Injectable } from '@nestjs/common';
import * as vm from 'vm';
import jsonata from 'jsonata';
import { IntegrationRepo } from './integration.repo';

@Injectable()
export class IntegrationsService {
  constructor(private readonly repo: IntegrationRepo) {}

  async transform(integrationId: string, payload: unknown) {
    const integ = await this.repo.get(integrationId);
    const expr = jsonata(integ.transform);
    return expr.evaluate(payload);
  }
}
