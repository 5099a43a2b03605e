import Fastify from 'fastify';
import { SupplierClient } from './supplier';

const app = Fastify();
const supplier = new SupplierClient('https://feeds.supplier.example.org');

app.get<{ Params: { sku: string } }>('/stock/:sku', async (req) => supplier.stockFor(req.params.sku));

app.listen({ port: 3002 });
