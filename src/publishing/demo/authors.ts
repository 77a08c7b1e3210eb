import type { DemoAuthor } from './types.js';

export interface StaffAuthor extends DemoAuthor {
  /** Top-level section slugs this reporter usually covers. */
  beats: readonly string[];
}

const staff = (slug: string, name: string, bio: string, beats: string[]): StaffAuthor => ({
  slug,
  name,
  bio,
  beats,
});

/** Invented newsroom staff. */
export const AUTHORS: readonly StaffAuthor[] = [
  staff('mila-dragoeva', 'Mila Dragoeva', 'Political correspondent covering parliament and the government.', [
    'bulgaria',
  ]),
  staff('rosen-ivanchev', 'Rosen Ivanchev', 'Diplomatic editor. Previously based in Brussels and Moscow.', [
    'world',
  ]),
  staff('teodora-slavova', 'Teodora Slavova', 'Economics reporter focused on budgets, prices and the euro.', [
    'business',
  ]),
  staff('kaloyan-mitev', 'Kaloyan Mitev', 'Energy and markets correspondent.', ['business']),
  staff('yoana-karaivanova', 'Yoana Karaivanova', 'Reports on health, education and social policy.', [
    'bulgaria',
  ]),
  staff('dimitar-genov', 'Dimitar Genov', 'Regional correspondent based in Plovdiv.', ['bulgaria']),
  staff('nevena-boteva', 'Nevena Boteva', 'Covers Russia, Ukraine and the Black Sea region.', ['world']),
  staff('anton-stoyanov', 'Anton Stoyanov', 'Sports editor. Football, tennis and the Olympics.', ['sport']),
  staff('lora-hristakieva', 'Lora Hristakieva', 'Culture writer covering film, music and the arts.', [
    'culture',
  ]),
  staff('viktor-pashov', 'Viktor Pashov', 'Science and technology reporter.', ['science-tech']),
  staff('gergana-lyutova', 'Gergana Lyutova', 'Night editor on the international desk.', [
    'world',
    'bulgaria',
  ]),
  staff('samuil-kolev', 'Samuil Kolev', 'Data journalist and general news reporter.', [
    'business',
    'science-tech',
  ]),
];
