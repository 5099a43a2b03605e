import { Component, OnInit } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { AnnouncementService } from './announcement.service';

@Component({
  selector: 'app-announcement',
  template: `<div class="banner" *ngIf="html" [innerHTML]="html"></div>`,
})
export class AnnouncementComponent implements OnInit {
  html: SafeHtml | string | null = null;

  constructor(private readonly api: AnnouncementService, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.api.current().subscribe((a) => {
      this.html = this.sanitizer.bypassSecurityTrustHtml(a.bodyHtml); // cg-expect: CWE-79
    });
  }
}
