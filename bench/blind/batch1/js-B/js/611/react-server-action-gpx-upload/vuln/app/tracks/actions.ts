'use server';

import { revalidatePath } from 'next/cache';
import { parseXml } from 'libxmljs2';
import { db } from '@/lib/db';
import { currentUser } from '@/lib/auth';

const GPX = { g: 'http://www.topografix.com/GPX/1/1' };

export async function importTrack(formData: FormData) {
  const user = await currentUser();
  if (!user) throw new Error('unauthenticated');

  const file = formData.get('gpx');
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, error: 'choose a .gpx file' };
  }
  const text = await file.text();
  const doc = parseXml(text, { noent: true, nonet: false }); // cg-expect: CWE-611
  const name = doc.get('//g:trk/g:name', GPX)?.text() ?? file.name;
  const points = doc.find('//g:trkpt', GPX).map((p) => [
    Number(p.attr('lat')?.value()),
    Number(p.attr('lon')?.value()),
  ]);

  await db.track.create({ data: { ownerId: user.id, name, points: JSON.stringify(points) } });
  revalidatePath('/tracks');
  return { ok: true, name, count: points.length };
}
