import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ReportsService } from './reports.service';

class SalesQuery {
  region?: string;
  from?: string;
  to?: string;
}

@Controller('reports')
@UseGuards(AuthGuard('jwt'))
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('sales')
  sales(@Query() q: SalesQuery) {
    return this.reports.salesByRegion(q.region ?? 'EU', q.from ?? '2024-01-01', q.to ?? '2024-12-31');
  }
}
