import { AsyncPipe } from '@angular/common';
import { Component, Input, OnInit, SecurityContext, inject } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { Observable, map } from 'rxjs';
import { AnnouncementsService } from './announcements.service';

interface ViewItem {
  id: number;
  title: string;
  author: string;
  body: SafeHtml | string;
}

@Component({
  selector: 'app-announcement-list',
  standalone: true,
  imports: [AsyncPipe],
  template: `
    @for (a of items$ | async; track a.id) {
      <section class="announcement">
        <h3>{{ a.title }}</h3>
        <div class="body" [innerHTML]="a.body"></div>
        <small>by {{ a.author }}</small>
      </section>
    }
  `,
})
export class AnnouncementListComponent implements OnInit {
  @Input({ required: true }) workspaceId!: string;
  private readonly service = inject(AnnouncementsService);
  private readonly sanitizer = inject(DomSanitizer);
  items$!: Observable<ViewItem[]>;

  ngOnInit(): void {
    this.items$ = this.service.latest(this.workspaceId).pipe(
      map((list) =>
        list.map((a) => ({
          ...a,
          body: this.sanitizer.sanitize(SecurityContext.HTML, a.body) ?? '',
        })),
      ),
    );
  }
}
