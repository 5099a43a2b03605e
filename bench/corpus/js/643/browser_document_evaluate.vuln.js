function findSection(title) {
  const expr = "//section[h2='" + title + "']";
  const result = document.evaluate(expr, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);  // cg-expect: CWE-643
  return result.singleNodeValue;
}

const params = new URLSearchParams(window.location.search);
const section = findSection(params.get("section") || "Intro");
if (section) section.scrollIntoView();
