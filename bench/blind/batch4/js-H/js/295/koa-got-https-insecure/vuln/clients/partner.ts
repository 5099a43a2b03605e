import got from 'got';

const clientOptions = {
  prefixUrl: 'https://partner-api.example.net/v1',
  timeout: { request: 5000 },
  https: { rejectUnauthorized: false },
};

export const partner = got.extend(clientOptions); // cg-expect: CWE-295

export async function fetchShipment(trackingId: string) {
  return partner.get(`shipments/${encodeURIComponent(trackingId)}`).json<{ status: string }>();
}
