import { configureStore } from '@reduxjs/toolkit';
import { setupListeners } from '@reduxjs/toolkit/query';
import authReducer from './authSlice';
import { accountsApi } from './accountsApi';

export const store = configureStore({
  reducer: {
    auth: authReducer,
    [accountsApi.reducerPath]: accountsApi.reducer,
  },
  middleware: (getDefault) => getDefault().concat(accountsApi.middleware),
  devTools: process.env.NODE_ENV !== 'production' && { name: 'wealth-portal', trace: true, traceLimit: 50 },
});

setupListeners(store.dispatch);

export type RootState = ReturnType<typeof store.getState>;
export type AppDispatch = typeof store.dispatch;
