// Users save titles such as "Sales for ${region} (${year})"
function renderTitle(template, report) {
  const fields = { region: report.region, year: report.year, owner: report.ownerName };
  return String(template).replace(/\$\{(\w+)\}/g, (m, key) =>
    Object.prototype.hasOwnProperty.call(fields, key) ? String(fields[key]) : m);
}

module.exports = { renderTitle };
