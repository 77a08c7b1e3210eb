import { ECONOMY_TOPICS } from './economy.js';
import { LEISURE_TOPICS } from './leisure.js';
import { POLITICS_TOPICS } from './politics.js';
import { RESOURCE_TOPICS } from './resources.js';
import { SCIENCE_TOPICS } from './science.js';
import { SOCIETY_TOPICS } from './society.js';
import type { Topic } from './topic.js';
import { WORLD_TOPICS } from './world.js';

export type { Topic } from './topic.js';

export const TOPICS: readonly Topic[] = [
  ...WORLD_TOPICS,
  ...POLITICS_TOPICS,
  ...ECONOMY_TOPICS,
  ...RESOURCE_TOPICS,
  ...SOCIETY_TOPICS,
  ...LEISURE_TOPICS,
  ...SCIENCE_TOPICS,
];
