export const DEBUG = true;
export const SERVICE_NAME = 'billing-api';
