import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Invite } from './invite.schema';

@Injectable()
export class InvitesService {
  constructor(@InjectModel(Invite.name) private readonly inviteModel: Model<Invite>) {}

  async accept(workspace: string, code: string, userId: string) {
    const invite = await this.inviteModel
      .findOneAndUpdate({ workspace, code, usedBy: null }, { usedBy: userId, usedAt: new Date() }, { new: true }) // cg-expect: CWE-943
      .exec();
    if (!invite) throw new ForbiddenException('invalid invite code');
    return { workspace: invite.workspace, role: invite.role };
  }
}
