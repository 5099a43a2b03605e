import { Component, Input, OnInit, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Draft, DraftStoreService } from './draft-store.service';

@Component({
  selector: 'app-draft-editor',
  standalone: true,
  imports: [FormsModule],
  template: `
    <input [(ngModel)]="draft.to" placeholder="To" (blur)="persist()" />
    <input [(ngModel)]="draft.subject" placeholder="Subject" (blur)="persist()" />
    <textarea [(ngModel)]="draft.body" rows="12" (blur)="persist()"></textarea>
  `,
})
export class DraftEditorComponent implements OnInit {
  @Input({ required: true }) draftId!: string;
  private store = inject(DraftStoreService);
  draft: Draft = { id: '', to: '', subject: '', body: '', updatedAt: 0 };

  async ngOnInit() {
    this.draft = (await this.store.load(this.draftId)) ?? { ...this.draft, id: this.draftId };
  }

  async persist() {
    this.draft.updatedAt = Date.now();
    await this.store.save(this.draft);
  }
}
