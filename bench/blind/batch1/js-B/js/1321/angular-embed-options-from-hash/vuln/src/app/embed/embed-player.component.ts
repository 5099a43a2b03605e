import { Component, OnInit, inject, input } from '@angular/core';
import { NgClass } from '@angular/common';
import { EmbedOptions, EmbedOptionsService } from './embed-options.service';

@Component({
  selector: 'app-embed-player',
  standalone: true,
  imports: [NgClass],
  template: `
    <div class="embed" [ngClass]="'theme-' + opts.ui.theme">
      @if (opts.ui.showTitle) { <h2>{{ title() }}</h2> }
      <video [src]="src()" [autoplay]="opts.player.autoplay" [muted]="opts.player.muted" controls></video>
    </div>
  `,
})
export class EmbedPlayerComponent implements OnInit {
  title = input.required<string>();
  src = input.required<string>();
  private optionsService = inject(EmbedOptionsService);
  opts!: EmbedOptions;

  ngOnInit(): void {
    this.opts = this.optionsService.read();
  }
}
