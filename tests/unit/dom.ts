/**
 * Replaces the test document's body with markup written in a test, parsed by DOMParser (the
 * extension itself never parses HTML), under a given page URL.
 */
export function setPage(markup: string, url = 'https://jobs.example.com/search'): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}
