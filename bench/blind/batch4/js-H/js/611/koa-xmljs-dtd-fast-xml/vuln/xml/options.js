module.exports = {
  strictParse: { noent: true, dtdload: true, nonet: false, noblanks: true },
  safeParse: { noent: false, dtdload: false, nonet: true, noblanks: true },
};
