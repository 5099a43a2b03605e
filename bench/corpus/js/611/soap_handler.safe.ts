import libxmljs from "libxmljs2";
import type { Request, Response } from "express";

export class SoapHandler {
  handle(req: Request, res: Response) {
    const body = String(req.body);
    const envelope = libxmljs.parseXmlString(body, { noent: false, nonet: true });
    const action = envelope.get("//*[local-name()='Body']/*");
    res.type("text/xml").send(action ? action.toString() : "");
  }
}
