// Injected into pages by `briefings serve` only: reloads the page when the site has been rebuilt.
(() => {
  const events = new EventSource("/_briefings/events");
  events.addEventListener("reload", () => location.reload());
})();
