import { ApplicationConfig, LOCALE_ID, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering } from '@angular/platform-server';
import { provideServerRouting } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { LocaleNegotiationService } from './i18n/locale-negotiation.service';

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(),
    provideServerRouting(serverRoutes),
    { provide: LOCALE_ID, useFactory: (n: LocaleNegotiationService) => n.preferred(), deps: [LocaleNegotiationService] },
  ],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);
