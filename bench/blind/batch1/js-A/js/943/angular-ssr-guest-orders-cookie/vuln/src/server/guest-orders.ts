import { MongoClient } from 'mongodb';

const mongo = new MongoClient(process.env['MONGO_URL'] ?? 'mongodb://localhost:27017');

export interface GuestCookie {
  email?: unknown;
  token?: unknown;
}

export async function guestOrders(guest: GuestCookie) {
  const orders = mongo.db('shop').collection('orders');
  const filter = { guestEmail: guest.email, guestToken: guest.token };
  return orders
    .find(filter, { projection: { number: 1, items: 1, shippingAddress: 1, status: 1 } }) // cg-expect: CWE-943
    .sort({ createdAt: -1 })
    .limit(20)
    .toArray();
}
