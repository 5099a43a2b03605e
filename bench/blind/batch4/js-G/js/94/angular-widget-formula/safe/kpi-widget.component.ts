import { Component, Input, OnInit } from '@angular/core';
import { DashboardService, WidgetDef } from './dashboard.service';
import { evaluateFormula } from './formula';

@Component({
  selector: 'app-kpi-widget',
  template: `<div class="kpi"><span class="label">{{ def?.label }}</span><strong>{{ value }}</strong></div>`,
})
export class KpiWidgetComponent implements OnInit {
  @Input() dashboardId!: string;
  @Input() widgetId!: string;
  def?: WidgetDef;
  value: number | string = '…';

  constructor(private readonly dashboards: DashboardService) {}

  ngOnInit(): void {
    this.dashboards.widget(this.dashboardId, this.widgetId).subscribe(({ def, metrics }) => {
      this.def = def;
      this.value = evaluateFormula(def.formula, metrics);
    });
  }
}
