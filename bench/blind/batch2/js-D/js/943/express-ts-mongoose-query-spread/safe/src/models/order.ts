import { Schema, model } from 'mongoose';

const orderSchema = new Schema(
  {
    customerId: { type: String, index: true, required: true },
    status: { type: String, enum: ['pending', 'paid', 'shipped', 'cancelled'] },
    channel: String,
    currency: String,
    totalCents: Number,
    internalNotes: String,
  },
  { timestamps: true }
);

export const Order = model('Order', orderSchema);
