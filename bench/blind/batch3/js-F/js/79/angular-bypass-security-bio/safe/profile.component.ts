import { Component, Input, OnInit } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ProfileService } from './profile.service';

@Component({
  selector: 'app-profile',
  template: `<h2>{{ name }}</h2><section class="bio" [innerHTML]="bio"></section>`,
})
export class ProfileComponent implements OnInit {
  @Input() userId!: string;
  name = '';
  bio: SafeHtml | string = '';

  constructor(private readonly profiles: ProfileService, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.profiles.load(this.userId).subscribe((p) => {
      this.name = p.displayName;
      this.bio = p.bioHtml;
    });
  }
}
