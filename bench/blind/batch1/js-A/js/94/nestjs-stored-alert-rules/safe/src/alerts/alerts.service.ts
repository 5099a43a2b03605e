import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import jsonLogic from 'json-logic-js';
import { AlertRule } from './alert-rule.schema';

@Injectable()
export class AlertsService {
  constructor(@InjectModel(AlertRule.name) private readonly rules: Model<AlertRule>) {}

  saveRule(name: string, condition: object) {
    return this.rules.create({ name, condition });
  }

  async evaluate(id: string, metrics: Record<string, number>) {
    const rule = await this.rules.findById(id).lean();
    if (!rule) throw new NotFoundException();
    const check = (m: Record<string, number>) => jsonLogic.apply(rule.condition, m);
    return { rule: rule.name, firing: Boolean(check(metrics)) };
  }
}
