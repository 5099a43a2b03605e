import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

@Injectable()
export class CommentsService {
  constructor(@InjectModel('Comment') private readonly model: Model<any>) {}

  async forPost(postId: string) {
    const docs = await this.model.find({ postId: String(postId) }).sort({ createdAt: 1 }).lean();
    return docs.map((d: any) => ({ id: String(d._id), author: d.author, body: d.body }));
  }
}
