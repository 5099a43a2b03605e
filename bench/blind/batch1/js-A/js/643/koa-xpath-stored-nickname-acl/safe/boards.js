const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

// sharing.xml is exported nightly by the collaboration service
const sharing = new DOMParser().parseFromString(fs.readFileSync('/var/lib/boards/sharing.xml', 'utf8'), 'text/xml');
const byHandle = xpath.parse('//board[share/@with=$handle]');

function sharedBoards(handle) {
  const nodes = byHandle.select({ node: sharing, variables: { handle: String(handle) } });
  return nodes.map((b) => ({ id: b.getAttribute('id'), title: b.getAttribute('title') }));
}

module.exports = { sharedBoards };
