import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * Pages are Preact components rendered to a string: every interpolated value is escaped.
 * The only ways around it are `dangerouslySetInnerHTML` (sanitized article bodies, JSON-LD)
 * — grep for it.
 */
export function renderDocument(page: VNode): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}
