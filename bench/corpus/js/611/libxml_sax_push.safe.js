import libxmljs from "libxmljs";
import { readFile } from "node:fs/promises";

export async function loadProducts(path) {
  const text = await readFile(path, "utf8");
  const doc = libxmljs.parseXmlString(text, { noent: false, huge: true });
  return doc.find("//product").map((p) => p.attr("sku").value());
}
