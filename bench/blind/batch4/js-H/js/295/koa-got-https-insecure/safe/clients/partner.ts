import got from 'got';

const clientOptions = {
  prefixUrl: 'https://partner-api.example.net/v1',
  timeout: { request: 5000 },
  https: { rejectUnauthorized: true },
};

export const partner = got.extend(clientOptions);

export async function fetchShipment(trackingId: string) {
  return partner.get(`shipments/${encodeURIComponent(trackingId)}`).json<{ status: string }>();
}
