export {
  DEFAULT_UNTIL,
  DEMO_SEED,
  type DemoArticleOptions,
  demoArticles,
  demoNewsroom,
} from './generator.js';
export type { DemoArticle, DemoAuthor, DemoNewsroom, DemoSection, DemoTag } from './types.js';
