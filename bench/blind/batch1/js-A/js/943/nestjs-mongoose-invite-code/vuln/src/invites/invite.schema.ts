import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

@Schema({ timestamps: true })
export class Invite {
  @Prop({ required: true, index: true }) workspace: string;
  @Prop({ required: true }) code: string;
  @Prop({ default: 'member' }) role: string;
  @Prop({ type: String, default: null }) usedBy: string | null;
  @Prop() usedAt?: Date;
}

export const InviteSchema = SchemaFactory.createForClass(Invite).set('strictQuery', false);
