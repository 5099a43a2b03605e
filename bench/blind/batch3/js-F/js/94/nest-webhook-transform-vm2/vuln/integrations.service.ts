import { Injectable } from '@nestjs/common';
import * as vm from 'vm';
import jsonata from 'jsonata';
import { IntegrationRepo } from './integration.repo';

@Injectable()
export class IntegrationsService {
  constructor(private readonly repo: IntegrationRepo) {}

  async transform(integrationId: string, payload: unknown) {
    const integ = await this.repo.get(integrationId);
    const script = new vm.Script(`(function (event) { ${integ.transform} })(event)`);
    return script.runInNewContext({ event: payload }, { timeout: 100 }); // cg-expect: CWE-94
  }
}
