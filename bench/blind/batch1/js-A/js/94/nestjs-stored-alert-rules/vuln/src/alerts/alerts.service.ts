import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AlertRule } from './alert-rule.schema';

@Injectable()
export class AlertsService {
  constructor(@InjectModel(AlertRule.name) private readonly rules: Model<AlertRule>) {}

  saveRule(name: string, condition: string) {
    return this.rules.create({ name, condition });
  }

  async evaluate(id: string, metrics: Record<string, number>) {
    const rule = await this.rules.findById(id).lean();
    if (!rule) throw new NotFoundException();
    const check = new Function('m', `return ${rule.condition};`); // cg-expect: CWE-94
    return { rule: rule.name, firing: Boolean(check(metrics)) };
  }
}
