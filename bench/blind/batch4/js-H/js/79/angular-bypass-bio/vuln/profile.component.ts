import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ProfileService } from './profile.service';

@Component({
  selector: 'app-profile',
  template: `<h2>{{ name }}</h2><div class="bio" [innerHTML]="bio"></div>`,
})
export class ProfileComponent implements OnInit {
  name = '';
  bio: SafeHtml | string = '';
  constructor(private route: ActivatedRoute, private profiles: ProfileService, private sanitizer: DomSanitizer) {}

  ngOnInit() {
    const id = this.route.snapshot.paramMap.get('id')!;
    this.profiles.get(id).subscribe((p) => {
      this.name = p.displayName;
      this.bio = this.sanitizer.bypassSecurityTrustHtml(p.bioHtml); // cg-expect: CWE-79
    });
  }
}
