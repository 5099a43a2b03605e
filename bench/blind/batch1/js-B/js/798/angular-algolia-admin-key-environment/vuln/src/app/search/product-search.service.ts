import { Injectable } from '@angular/core';
import algoliasearch, { type SearchClient } from 'algoliasearch';
import { from, map, Observable } from 'rxjs';
import { environment } from '../../environments/environment';

export interface ProductHit {
  objectID: string;
  name: string;
  price: number;
}

@Injectable({ providedIn: 'root' })
export class ProductSearchService {
  // admin key so the storefront can also push "recently viewed" into the index
  private client: SearchClient = algoliasearch(environment.algolia.appId, environment.algolia.apiKey);
  private index = this.client.initIndex(environment.algolia.index);

  search(term: string): Observable<ProductHit[]> {
    return from(this.index.search<ProductHit>(term, { hitsPerPage: 20 })).pipe(map((r) => r.hits));
  }

  recordView(productId: string, userToken: string): Observable<unknown> {
    return from(this.index.partialUpdateObject({ objectID: productId, lastViewedBy: userToken }));
  }
}
