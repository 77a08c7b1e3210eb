export { createSiteErrorPage } from './error-pages.js';
export { createPageKit, type SiteDeps } from './kit.js';
export { sitePlugin } from './plugin.js';
