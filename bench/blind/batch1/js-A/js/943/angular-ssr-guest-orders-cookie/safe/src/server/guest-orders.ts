import { MongoClient } from 'mongodb';

const mongo = new MongoClient(process.env['MONGO_URL'] ?? 'mongodb://localhost:27017');

export interface GuestCookie {
  email?: unknown;
  token?: unknown;
}

export async function guestOrders(guest: GuestCookie) {
  if (typeof guest.email !== 'string' || typeof guest.token !== 'string') return [];
  const orders = mongo.db('shop').collection('orders');
  const filter = { guestEmail: { $eq: guest.email }, guestToken: { $eq: guest.token } };
  return orders
    .find(filter, { projection: { number: 1, items: 1, shippingAddress: 1, status: 1 } })
    .sort({ createdAt: -1 })
    .limit(20)
    .toArray();
}
