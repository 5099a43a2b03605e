import WebSocket from 'ws';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';

export interface Tick {
  symbol: string;
  bid: number;
  ask: number;
  ts: number;
}

export class MarketFeed extends EventEmitter {
  private socket?: WebSocket;

  constructor(private readonly url: string, private readonly apiKey: string, private readonly caFile = '/etc/ssl/feed-vendor-ca.pem') {
    super();
  }

  connect(): void {
    this.socket = new WebSocket(this.url, { headers: { 'X-Feed-Key': this.apiKey }, ca: readFileSync(this.caFile) });
    this.socket.on('message', (data) => {
      const tick = JSON.parse(data.toString()) as Tick;
      this.emit('tick', tick);
    });
    this.socket.on('close', () => setTimeout(() => this.connect(), 2000));
  }
}
