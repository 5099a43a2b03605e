export const DEBUG = process.env.NODE_ENV === 'development';
export const SERVICE_NAME = 'billing-api';
