import { createReadStream } from "node:fs";
import { join } from "node:path";

interface Reply {
  type(mime: string): Reply;
  send(body: unknown): void;
}

export class InvoiceController {
  private readonly dir = "/srv/invoices";

  download(params: { file: string }, reply: Reply): void {
    const location = join(this.dir, params.file);
    reply.type("application/pdf").send(createReadStream(location));  // cg-expect: CWE-22
  }
}
