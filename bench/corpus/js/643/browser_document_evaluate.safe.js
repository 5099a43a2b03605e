function findSection(title) {
  return [...document.querySelectorAll("section")].find((s) => s.querySelector("h2")?.textContent === title) ?? null;
}

const params = new URLSearchParams(window.location.search);
const section = findSection(params.get("section") || "Intro");
if (section) section.scrollIntoView();
