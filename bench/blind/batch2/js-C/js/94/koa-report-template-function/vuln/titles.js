// Users save titles such as "Sales for ${region} (${year})"
function renderTitle(template, report) {
  const fields = { region: report.region, year: report.year, owner: report.ownerName };
  const fn = new Function(...Object.keys(fields), 'return `' + template + '`;'); // cg-expect: CWE-94
  return fn(...Object.values(fields));
}

module.exports = { renderTitle };
