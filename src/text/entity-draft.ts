/** Entity drafts under construction: mentions, roles, the table that dedupes them by key. */
import type { MentionVia, RawMention } from './classify-span.js';
import type { FieldDoc, FieldName } from './document.js';
import type { PlaceKind } from './gazetteer.js';
import { nameKey, slugify } from './slugify.js';
import type { Entity, EntityType, KnownTag, Mention } from './types.js';

export interface MentionRef {
  readonly field: FieldName;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
  readonly weight: number;
  readonly via: MentionVia;
}

export interface EntityDraft {
  name: string;
  type: EntityType;
  key: string;
  known: KnownTag | null;
  gender: 'm' | 'f' | null;
  readonly roles: Set<string>;
  /** Where each role was given ("Only Fools and Horses star David Jason"), so a role counts only after it. */
  readonly roleMentions: RoleMention[];
  placeKind: PlaceKind | null;
  readonly mentions: MentionRef[];
}

export interface RoleMention {
  readonly field: FieldName;
  /** Character offset of the mention the role came with. */
  readonly start: number;
  readonly roles: readonly string[];
}

export interface Pending {
  readonly doc: FieldDoc;
  readonly raw: RawMention;
  readonly known?: KnownTag;
}

export function ref(doc: FieldDoc, a: number, b: number, weight: number, via: MentionVia): MentionRef {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return {
    field: doc.field,
    start,
    end,
    text: doc.text.slice(start, end),
    tokenStart: a,
    tokenEnd: b,
    sentence: doc.sentenceOf[a]!,
    weight,
    via,
  };
}

export class EntityTable {
  readonly byKey = new Map<string, EntityDraft>();

  get(name: string, type: EntityType, known: KnownTag | null): EntityDraft {
    const key = slugify(name) || nameKey(name) || name;
    let e = this.byKey.get(key);
    if (!e) {
      e = {
        name,
        type,
        key,
        known,
        gender: null,
        roles: new Set(),
        roleMentions: [],
        placeKind: null,
        mentions: [],
      };
      this.byKey.set(key, e);
    } else if (known && !e.known) {
      e.known = known;
      e.name = known.name;
      e.type = known.type === 'topic' ? e.type : known.type;
    }
    return e;
  }
}

export function toPublicEntity(e: EntityDraft): Entity {
  const mentions: Mention[] = e.mentions.map((m) => ({
    field: m.field,
    start: m.start,
    end: m.end,
    text: m.text,
  }));
  return { name: e.name, type: e.type, key: e.key, mentions };
}

/** Records an extra mention (pronoun, role phrase) on the resolved entity. */
export function addMention(
  doc: FieldDoc,
  e: EntityDraft,
  a: number,
  b: number,
  via: MentionRef['via'],
  weight = 0,
): void {
  if (b <= a) return;
  const mention = ref(doc, a, b, weight, via);
  if (e.mentions.some((m) => m.field === doc.field && m.start <= mention.start && m.end >= mention.end))
    return;
  e.mentions.push(mention);
}
