/**
 * Phrase evidence for the text-dump cleaner. These lists are extra evidence on top of the
 * shape features in `features.ts`: a line that matches is boilerplate only when it is also
 * short enough to be a widget label rather than a sentence that happens to use the words.
 * Patterns are matched against `foldCase`d lines (lower case, no diacritics, ASCII quotes).
 */

/**
 * Labels that start the page furniture after an article: related lists, comment forms,
 * share bars. Crossing one of these costs the main-text region a lot, so an article is not
 * glued to the teasers that follow it.
 */
export const SECTION_BREAKS: RegExp[] = [
  /^(related|featured|recommended|popular|trending|latest|top|more|other|similar|recent)( news| stories| articles| posts| content| videos| reads| links| coverage| from [\p{L} ]+| on [\p{L} ]+| in [\p{L} ]+)*:?$/u,
  /^(most (read|popular|viewed|shared|commented|emailed|watched))( (news|stories|articles|now|today|this week))?:?$/,
  /^(you (may|might) (also )?(like|enjoy|be interested in)|also read|read (more|also|next)|see also|more from|more on this|don't miss|editor'?s picks?|what to read next|further reading|in other news)\b.{0,60}$/,
  /^(leave|post|add|write|submit) (a |your )?(reply|comment|response)s?\b.{0,40}$/,
  /^\d*\s*(comments?|responses?|replies|reactions?)( \(\d+\))?:?$/,
  /^(comment|show comments|view comments|join the (conversation|discussion)|discussion)$/,
  /^(tags?|topics?|keywords?|filed under|posted in|categories|category)\s*:?$/,
  // Other languages: German, French, Spanish, Portuguese, Italian, Dutch, Russian, Turkish, Indonesian, Arabic, Persian, Chinese, Japanese.
  /^(lesen sie auch|mehr zum thema|auch interessant|das konnte sie auch interessieren|weitere artikel|kommentare|ahnliche artikel)\b.{0,40}$/,
  /^(a lire aussi|lire aussi|sur le meme sujet|articles? similaires?|les plus lus|commentaires|a voir aussi|voir aussi)\b.{0,40}$/,
  /^(lee tambien|leer mas|te puede interesar|noticias relacionadas|lo mais lido|lo mas leido|comentarios|relacionad[oa]s|leia tambem|veja tambem|mais lidas)\b.{0,40}$/,
  /^(leggi anche|potrebbe interessarti|articoli correlati|i piu letti|commenti|lees ook|meest gelezen|reacties)\b.{0,40}$/,
  /^(читайте также|смотрите также|похожие (новости|статьи)|комментарии|по теме|популярное|ещё по теме|еще по теме)(?!\p{L}).{0,40}$/u,
  /^(ilgili haberler|benzer haberler|yorumlar|en cok okunanlar|baca juga|berita terkait|komentar|terpopuler)\b.{0,40}$/,
  /^(اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|أخبار ذات صلة|مواضيع ذات صلة|الأكثر قراءة|التعليقات|اخبار مرتبط|مطالب مرتبط|پربازدید|نظرات)/u,
  /^(相关新闻|相关阅读|相关文章|热门文章|延伸阅读|猜你喜欢|评论|関連記事|関連ニュース|人気記事|コメント|관련기사|많이 본 뉴스|댓글)/u,
];

/** Widget, promo, consent and footer lines. Matched only on lines of at most ~25 words. */
export const WIDGET_LINES: RegExp[] = [
  /^(share|tweet|pin|email|print|save|like|follow|subscribe|sign (in|up|out)|log ?(in|out)|register|login|menu|search|close|skip to( main)? content|back to top|home|next|previous|prev|more|load more|show more|read full (story|article)|continue reading|advertisement|advertising|sponsored( content)?|ad|ads|cookies?|accept|ok|got it|reply|report|edit|delete|loading\.*|play|watch|listen|video|photo|image|gallery|source|credit|credits|copy link|copied|print this|share this( (story|article|page|post))?|share on \w+|share via \w+)[:.!]?$/,
  /^(share|follow|like|join) (us|this|on)\b/,
  /\b(subscribe|sign up|signup|register) (to|for|now|today)\b.*\b(newsletter|updates|alerts|daily|weekly|inbox|email)/,
  /\b(newsletter|mailing list)\b/,
  /\b(privacy policy|terms of (use|service|sale)|terms and conditions|copyright\b|\(c\) \d{4})/,
  /\b(download|get) (the|our) (\w+ )?app\b|\b(app store|google play|play store|roku|apple tv|amazon fire)\b/,
  /^(notify me of|save my name, email|post was not sent|sorry, your blog cannot)/,
  /\b(log ?out|change) \)$|\blog in:?\s*(logo)?$/,
  /^(story|news|article|content|post) (code|id|no\.?|number)\s*:?\s*\d+$/,
  /^(source|sources|via|agencies|with agencies)\s*:\s*[\p{L} ,&.'-]{1,60}$/u,
  /^(photo|image|picture|video|credit|illustration|graphic|file photo|photograph)s?\s*(:|by\b|courtesy\b|credit\b)/,
  /\((file )?(photo|image|picture|pic|video)\b[^)]*\)$/,
  /\b(getty images|afp via getty|shutterstock|istock|associated press photo|ap photo|reuters\/|epa-efe|photo credit|image credit|credit\.\.\.)/,
  /^(image|photo|slide|picture) \d+ (of|\/) ?\d*$/,
  /^\d+ ?\/ ?\d+$/,
  /^(tags?|topics?|keywords?|filed under|posted in|categories|category)\s*:/,
  /^(click here|tap here|click to|learn more|find out more|visit our|check out our|follow us on|like us on|join us on|find us on)\b/,
  /\b(support (our|independent) journalism|become a (member|subscriber|patron)|donate now|subscribe for unlimited)\b/,
  /^(updated|published|posted|last updated|first published|modified)\s*:?\s*$/,
  /\b\d+\s*(min|minute)s?\s*read\b/,
  /\bto read the full (story|article)\b|\balready a subscriber\b/,
  // Other languages.
  /^(teilen|drucken|versenden|anmelden|abmelden|werbung|anzeige|partager|imprimer|publicite|se connecter|compartir|imprimir|publicidad|condividi|stampa|pubblicita|delen|поделиться|реклама|войти|paylas|bagikan|iklan|مشاركة|شارك|اعلان|إعلان|分享|分享到|广告|シェア|広告|공유)[:.!]?$/u,
  /\bhak cipta\b/,
  /^(foto|bild|fotografia|фото|صورة|图片|写真)\s*:/u,
  /^(责任编辑|编辑|来源)\s*[:：]/u,
];

/** Consent banners, rights notices and comment-form text: boilerplate at any length. */
export const NOTICE_LINES: RegExp[] = [
  /\b((we|this (web)?site|our (web)?site|this page) uses? cookies|cookie (policy|settings|preferences|consent)|accept (all )?cookies|by (continuing|using) (to (use|browse) )?(this|our) (site|website)|you agree to (our|the) (use|terms|privacy))/,
  /\ball rights reserved\b|©/,
  /\b(website|site) can (also )?be accessed\b/,
  /^(you are commenting using|fill in your details below|connecting to %s|your email address will not be published|required fields are marked)/,
  /\b(alle rechte vorbehalten|tous droits reserves|todos los derechos reservados|tutti i diritti riservati)\b|все права защищены|جميع الحقوق محفوظة|版权所有/u,
];

/** Hosts and handles: a line that is only an address is never article text. */
export const ADDRESS_ONLY = /^(https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+|@\w+|%2f\S*)$/i;
