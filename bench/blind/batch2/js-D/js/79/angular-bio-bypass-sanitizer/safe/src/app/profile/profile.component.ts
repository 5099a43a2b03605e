import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ProfileService } from './profile.service';

@Component({
  selector: 'app-profile',
  template: `
    <section *ngIf="name">
      <h2>{{ name }}</h2>
      <div class="bio" [innerHTML]="bio"></div>
    </section>
  `,
})
export class ProfileComponent implements OnInit {
  name = '';
  bio: string | SafeHtml = '';

  constructor(
    private route: ActivatedRoute,
    private profiles: ProfileService,
    private sanitizer: DomSanitizer,
  ) {}

  ngOnInit(): void {
    const id = this.route.snapshot.paramMap.get('id') ?? 'me';
    this.profiles.get(id).subscribe((p) => {
      this.name = p.displayName;
      // let Angular's built-in sanitiser clean the HTML when binding to [innerHTML]
      this.bio = p.bioHtml;
    });
  }
}
