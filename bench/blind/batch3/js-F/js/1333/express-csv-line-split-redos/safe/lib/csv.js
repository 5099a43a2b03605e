const ROW = /^(?:"[^"]*"|[^,"]*)(?:,(?:"[^"]*"|[^,"]*))*$/;

function validRows(text) {
  const bad = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line && !ROW.test(line)) bad.push(i + 1);
  });
  return bad;
}

module.exports = { validRows };
