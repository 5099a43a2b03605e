import { Component, Input, OnInit } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ProfileService } from './profile.service';

@Component({
  selector: 'app-profile-card',
  template: `
    <section class="card">
      <h2>{{ displayName }}</h2>
      <div class="bio" [innerHTML]="bio"></div>
    </section>
  `,
})
export class ProfileCardComponent implements OnInit {
  @Input() userId!: string;
  displayName = '';
  bio: SafeHtml | string = '';

  constructor(private readonly profiles: ProfileService, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.profiles.get(this.userId).subscribe((p) => {
      this.displayName = p.displayName;
      this.bio = this.sanitizer.bypassSecurityTrustHtml(p.bioHtml); // cg-expect: CWE-79
    });
  }
}
