import Fastify from 'fastify';
import { PrintService } from './print';
import { getOfficeSettings } from './settings';

const app = Fastify();
const printer = new PrintService('/srv/app/generated');

app.post<{ Params: { officeId: string; docId: string } }>('/offices/:officeId/documents/:docId/print', async (req) => {
  const settings = await getOfficeSettings(req.params.officeId);
  const job = await printer.print(settings.printerQueue, Number(req.params.docId));
  return { job };
});

app.listen({ port: 3002 });
