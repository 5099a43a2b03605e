import csv
import io


def invoice_to_csv(invoice: dict) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["number", "customer", "description", "amount"])
    for line in invoice["lines"]:
        writer.writerow([invoice["number"], invoice["customer"], line["description"], line["amount"]])
    return buf.getvalue()
