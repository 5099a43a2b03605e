import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

@Schema()
export class AlertRule {
  @Prop({ required: true })
  name: string;

  // vuln: a JS boolean expression over m, e.g. "m.cpu > 90"
  // safe: a JsonLogic object, e.g. {">": [{"var": "cpu"}, 90]}
  @Prop({ type: Object, required: true })
  condition: any;
}

export const AlertRuleSchema = SchemaFactory.createForClass(AlertRule);
