import { Component, inject, signal } from '@angular/core';
import { debounceTime, distinctUntilChanged, Subject, switchMap } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ProductHit, ProductSearchService } from './product-search.service';

@Component({
  selector: 'app-search-box',
  standalone: true,
  template: `
    <input type="search" placeholder="Search products" (input)="terms.next($any($event.target).value)" />
    <ul>
      @for (hit of hits(); track hit.objectID) { <li>{{ hit.name }} — {{ hit.price }}</li> }
    </ul>
  `,
})
export class SearchBoxComponent {
  private search = inject(ProductSearchService);
  terms = new Subject<string>();
  hits = signal<ProductHit[]>([]);

  constructor() {
    this.terms
      .pipe(debounceTime(200), distinctUntilChanged(), switchMap((t) => this.search.search(t)), takeUntilDestroyed())
      .subscribe((h) => this.hits.set(h));
  }
}
