import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import algoliasearch, { type SearchIndex } from 'algoliasearch';
import { map, Observable, shareReplay, switchMap, from } from 'rxjs';
import { environment } from '../../environments/environment';

export interface ProductHit {
  objectID: string;
  name: string;
  price: number;
}

@Injectable({ providedIn: 'root' })
export class ProductSearchService {
  private http = inject(HttpClient);

  // search-only secured key minted by the backend; index writes go through our API
  private index$: Observable<SearchIndex> = this.http
    .get<{ apiKey: string }>(environment.algolia.keyEndpoint)
    .pipe(
      map(({ apiKey }) => algoliasearch(environment.algolia.appId, apiKey).initIndex(environment.algolia.index)),
      shareReplay(1)
    );

  search(term: string): Observable<ProductHit[]> {
    return this.index$.pipe(
      switchMap((index) => from(index.search<ProductHit>(term, { hitsPerPage: 20 }))),
      map((r) => r.hits)
    );
  }

  recordView(productId: string, userToken: string): Observable<unknown> {
    return this.http.post(`${environment.apiBaseUrl}/products/${encodeURIComponent(productId)}/views`, { userToken });
  }
}
