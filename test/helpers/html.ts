/** Small readers of rendered HTML for e2e assertions (the browser suite checks the real DOM). */

export function links(html: string, prefix: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    if (match[1]!.startsWith(prefix)) found.add(match[1]!);
  }
  return [...found];
}

export function textOf(html: string, className: string): string | undefined {
  const match = new RegExp(`class="${className}"[^>]*>([\\s\\S]*?)</`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '').trim();
}
