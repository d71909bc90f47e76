/**
 * Which page elements are not article text: captions, share and follow bars, related-story
 * and newsletter boxes, cookie banners, comment sections, ads. Judged from the tag, the
 * class/id/role/aria attributes, and for small blocks from their wording.
 */
import { boundedMemo } from '../../text/memo.ts';

/** Tags whose content is never article text. */
const NEVER_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM', 'NAV', 'FIGCAPTION', 'AUDIO', 'VIDEO', 'MENU', 'DIALOG',
]);

/**
 * Class/id words that mark a boilerplate container. Matched against the attribute split into
 * words (on non-letters and camelCase), so `article-related` and `relatedStories` both match
 * `related`, while `unrelated-words` would need the exact word.
 */
const BOILERPLATE_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'figcaption', 'wpcaptiontext',
  'share', 'sharing', 'sharebar', 'shares', 'social', 'socials', 'sociallinks', 'follow',
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'outbrain', 'taboola', 'trending',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'regwall',
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp',
  'comment', 'comments', 'disqus', 'respond',
  'advert', 'advertisement', 'ad', 'ads', 'adunit', 'adslot', 'dfp', 'sponsor', 'sponsored', 'promo', 'promotion',
  'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'tags', 'tagcloud', 'taglist', 'topics',
  'sidebar', 'toolbar', 'masthead', 'footer',
  'authorbio', 'authorinfo', 'aboutauthor', 'bio', 'byline', 'dateline', 'timestamp', 'meta', 'postmeta', 'entrymeta',
  'popup', 'modal', 'overlay', 'toast', 'banner', 'visuallyhidden', 'sronly', 'screenreadertext',
  'skiplink', 'toc', 'inlinepromo', 'readmore', 'morestories', 'morearticles', 'relatedposts', 'postnavigation',
  'videoplayer', 'rating', 'ratings', 'vote', 'poll', 'affiliate', 'disclaimer',
]);

/** Attribute values split into lower-case words: `relatedStories__list` → related, stories, list. */
export function attributeWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isNeverTextTag(tagName: string): boolean {
  return NEVER_TEXT_TAGS.has(tagName);
}

const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search', 'form']);

/** A short name for why an element is boilerplate, or null when it may hold article text. */
export function boilerplateReason(element: Element): string | null {
  const tag = element.tagName;
  if (NEVER_TEXT_TAGS.has(tag)) return tag.toLowerCase();
  if (tag === 'ASIDE' || tag === 'FOOTER' || tag === 'HEADER') return tag.toLowerCase();
  if (!element.hasAttributes()) return null;
  if (attributeValue(element, 'hidden') !== null || attributeValue(element, 'aria-hidden') === 'true') return 'hidden';
  const style = attributeValue(element, 'style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden';
  const role = attributeValue(element, 'role');
  if (role && BOILERPLATE_ROLES.has(role.toLowerCase())) return `role-${role.toLowerCase()}`;
  const itemprop = attributeValue(element, 'itemprop');
  if (itemprop && /\b(author|datePublished|dateModified|caption|publisher)\b/.test(itemprop)) return `itemprop-${itemprop}`;
  const className = attributeValue(element, 'class');
  const id = attributeValue(element, 'id');
  if (!className && !id) return null;
  return markerReason(id ? `${className ?? ''} ${id}` : className!);
}

/**
 * An attribute's value read from its node: `getAttribute('class')` goes through `classList`,
 * which linkedom builds per element, and this runs for every element of the page.
 */
export function attributeValue(element: Element, name: string): string | null {
  const node = element.getAttributeNode(name);
  return node ? node.value : null;
}

/** Pages repeat the same class strings on many elements; each is split into words once. */
const markerReason = boundedMemo(classWordReason, 20_000);

function classWordReason(marker: string): string | null {
  for (const name of marker.split(/\s+/)) {
    if (!name || STATE_CLASS.test(name) || TAXONOMY_CLASS.test(name)) continue;
    const base = name.replace(/--.*$/, '');
    const words = attributeWords(base);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (BOILERPLATE_WORDS.has(word)) return word;
      const pair = i + 1 < words.length ? word + words[i + 1] : '';
      if (pair && BOILERPLATE_WORDS.has(pair)) return pair;
    }
    const joined = base.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (BOILERPLATE_WORDS.has(joined)) return joined;
  }
  return null;
}

/** Classes that describe a state or a layout variant, not what the element is: `has-sidebar`, `no-comments`, `js-share-init`. */
const STATE_CLASS = /^(has|with|without|no|is|show|hide|js|enable|disable)[-_]/i;

/** Classes that file the element under a taxonomy term (WordPress `tag-…`, `category-…`, `topics-…`): the term says nothing about the element. */
const TAXONOMY_CLASS = /^(tag|tags|topic|topics|category|categories)[-_]/i;

/**
 * Whole-block wording that is boilerplate whatever the markup says (banners, prompts, credits).
 * Patterns not anchored at the start carry words the text must contain before the pattern is
 * tried, so most blocks cost one lower-casing and a few substring checks.
 */
const BOILERPLATE_SENTENCES: Array<[RegExp, string[] | null]> = [
  [/\b(we|this (web)?site) uses? cookies\b/i, ['cookie']],
  [/\b(web)?(site|seite)\b.{0,30}\b(verwendet|nutzt|benutzt|utilise|utiliza|usa|używa|gebruikt)\b.{0,30}\bcookies?\b/i, ['cookie']],
  [/\bby (continuing|using) (to (use|browse) )?(this|our) (site|website)\b/i, ['site']],
  [/\baccept (all )?cookies\b/i, ['cookie']],
  [/^(sign up|subscribe) (now |today )?(for|to) (our|the) [\w\s-]{0,40}newsletter/i, null],
  [/^(share|share this|share on|tweet|email|print)( (this )?(article|story|page))?:?$/i, null],
  [/^(related|read more|more from|see also|recommended|you may also like|you might also like|most popular|trending)\b.{0,60}$/i, null],
  [/^(read also|also read|read more|see also|lea (también|más|además)|lee (también|más)|vea también|ver también|mira|mire|leia (também|mais)|veja também|(à )?lire aussi|voir aussi|lesen sie (auch|mehr)|mehr zum thema|auch interessant|das (thema )?könnte (sie|dich) auch interessieren|weitere (beiträge|artikel|tipps)\b|czytaj (też|także|również|więcej)|zobacz (też|także)|leggi anche|noch mehr)(?![\p{L}\p{N}])[^.!?]{0,160}[:.!?]?/iu, null],
  // ("Source: Meridian Wire" under a story is its source credit, kept for the citations; a picture's source is not.)
  [/^(photo|image|picture|credit|getty images|reuters|ap photo|afp)\s*[:/|]|^sources?\s*:\s*(getty|shutterstock|istock|ap photo|afp photo|reuters photo|epa)\b/i, null],
  [/^advertisement$/i, null],
  [/^(click|tap) here to\b/i, null],
  [/^(follow us|follow) on\b/i, null],
  // "Follow The Harbour Ledger for more reports on this story.", "Follow our live coverage for the latest."
  [/^follow .{1,60}? for (more|the latest|all the latest|updates|live updates)\b.{0,60}$/i, null],
  [/^copyright\b|^©|^\(c\) \d{4}/i, null],
  [/^all rights reserved\.?$/i, null],
  [/^(reading time|read time|lesezeit|lesedauer|tempo de leitura|tiempo de lectura|temps de lecture|czas czytania)\b.{0,30}$/iu, null],
  [/^\d+\s*(min|mins|minutes?|minuten)\.?\s+(read|lesezeit|lesedauer|de leitura|de lectura|de lecture)$/iu, null],
  [/\b(contains?|includes?|may contain) (affiliate|referral)( and\/or referral)? links\b|\baffiliate links?\b.{0,80}\b(commission|provision)|\bprovision\b.{0,60}\b(affiliate|partner)-?links?\b/iu, ['affiliate', 'referral', 'provision']],
  [/\bdownload (the|our) [\p{L}\s-]{0,40}\bapps?\b/iu, ['download']],
  [/^(subscribe|sign up)( now| today)?\s*[:!]|^subscribe (now|today) (to|for)\b|^get the latest .{0,60}\b(subscribe|newsletters?)\b/iu, null],
  [/\b(logged in|log in|sign in|signed in|eingeloggt|angemeldet|registriert|connecté|zalogowany)\b.{0,60}\b(comment|kommentar|kommentieren|commenter|komentarz)|\b(to comment|zu kommentieren|kommentare zu schreiben|kommentieren zu können)\b.{0,60}\b(logged in|log in|sign in|eingeloggt|angemeldet|registriert)\b/iu, ['comment', 'komment', 'komentarz']],
  [/\b(requires|enable|aktivieren sie) javascript\b|\bjavascript (is )?(required|disabled|deaktiviert)\b/iu, ['javascript']],
  [/^(möchten sie|wollen sie|want to|would you like to) (den|diesen|this|the) (artikel|beitrag|article|story|post) (teilen|share)\b/iu, null],
];

/**
 * The label of an in-text promo: a link to another story introduced by "Read also:",
 * "Related:", "Lea:", "Czytaj też:" and their kin. Only judged together with link density,
 * since "Lea:" may also open a line of an interview.
 */
const PROMO_LABEL = /^[\[(]?\s*(related( (stories|story|articles?|coverage|content|reading))?|read (also|more|next)|also read|see also|more on this|lea( también| más| además)?|lee( también| más)?|(le|te) puede interesar|puede interesarte|también( puede leer| le puede interesar)?|nota relacionada|noticias? relacionadas?|leia (também|mais)|veja também|leia|(à )?lire aussi|voir aussi|lesen sie (auch|mehr)|siehe auch|mehr zum thema|czytaj (też|także|również|więcej)|zobacz (też|także)|leggi anche)\s*:/iu;

/** A short, mostly-linked paragraph that opens with a promo label ("Read also: …"). */
export function isInTextPromo(text: string, linkDensity: number): boolean {
  return linkDensity >= 0.5 && text.length < 250 && PROMO_LABEL.test(text);
}

/** True for short blocks whose wording alone shows they are page furniture. */
export function isBoilerplateText(text: string): boolean {
  if (text.length > 300) return false;
  const lower = text.toLowerCase();
  return BOILERPLATE_SENTENCES.some(([pattern, needs]) => (!needs || needs.some((word) => lower.includes(word))) && pattern.test(text));
}

/** Class words of an article's standfirst: the lead paragraph that sits in the header with the headline. */
const LEAD_WORDS = new Set(['lead', 'lede', 'intro', 'teaser', 'abstract', 'standfirst', 'summary', 'subtitle', 'subline', 'subheadline', 'description', 'dek', 'deck', 'excerpt', 'kicker', 'strapline', 'sapo', 'chapo', 'chapeau', 'vorspann']);

/** True for the standfirst paragraph inside an article header (`<p class="lead">`). */
export function isLeadElement(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  const marker = `${attributeValue(element, 'class') ?? ''} ${attributeValue(element, 'itemprop') ?? ''}`;
  if (marker.length < 2) return false;
  return attributeWords(marker).some((word) => LEAD_WORDS.has(word));
}
