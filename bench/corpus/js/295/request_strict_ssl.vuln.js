const request = require("request");

function fetchRates(callback) {
  const options = { url: "https://rates.example.com/latest", json: true, strictSSL: false };  // cg-expect: CWE-295
  request.get(options, (err, res, body) => callback(err, body && body.rates));
}

module.exports = { fetchRates };
