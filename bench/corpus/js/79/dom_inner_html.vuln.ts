export function renderNotice(container: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const message = params.get("notice") ?? "";
  const trimmed = message.slice(0, 200);
  const box = document.createElement("div");
  box.className = "notice";
  box.innerHTML = trimmed;  // cg-expect: CWE-79
  container.appendChild(box);
}
