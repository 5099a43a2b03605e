import { getFirestore } from 'firebase-admin/firestore';
import './firebaseAdmin';

export async function ordersFor(uid) {
  const snap = await getFirestore()
    .collection('orders')
    .where('ownerUid', '==', uid)
    .orderBy('createdAt', 'desc')
    .limit(50)
    .get();
  return snap.docs.map((d) => ({ id: d.id, ...d.data() }));
}
