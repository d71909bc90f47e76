/**
 * Phrase evidence for the text-dump cleaner. These lists are extra evidence on top of the
 * shape features in `features.ts`: a line that matches is boilerplate only when it is also
 * short enough to be a widget label rather than a sentence that happens to use the words.
 * Patterns are matched against `foldCase`d lines (lower case, no diacritics, ASCII quotes).
 */

/**
 * Labels of story lists (related, popular, recommended). Such a box can sit inside an article
 * as well as after it, so crossing one costs the main text a lot but is possible.
 * Checked on label-sized lines only (a few words).
 */
export const LIST_LABELS: RegExp[] = [
  /^(related|featured|recommended|popular|trending|latest|top|more|other|similar|recent|suggested|sponsored)( (news|stories|story|articles|posts|content|videos|reads|links|coverage|headlines|topics|items|now|for you|from [\p{L} ]+|on [\p{L} ]+|in [\p{L} ]+))*$/u,
  /^(most (read|popular|viewed|shared|commented|emailed|watched|recent))( (news|stories|articles|now|today|this week|in \p{L}+))?$/u,
  /^(you (may|might) (also )?(like|enjoy|be interested in)|also read|read (more|also|next)|see also|more from|more on this( story| topic)?|don'?t miss|editor'?s picks?|what to read next|further reading|in other news|around the web|from the web|elsewhere|we recommend|recommended for you)$/,
  // Other languages: German, French, Spanish, Portuguese, Italian, Dutch, Russian, Turkish, Indonesian, Arabic, Persian, Chinese, Japanese, Korean.
  /^(lesen sie auch|mehr zum thema|auch interessant|das konnte sie auch interessieren|weitere artikel|ahnliche artikel|meistgelesen)$/,
  /^(a lire aussi|lire aussi|sur le meme sujet|articles? similaires?|les plus lus|a voir aussi|voir aussi|a decouvrir)$/,
  /^(lee tambien|leer mas|te puede interesar|noticias relacionadas|lo mais lido|lo mas leido|relacionad[oa]s|leia tambem|veja tambem|mais lidas|mais lidos)$/,
  /^(leggi anche|potrebbe interessarti|articoli correlati|i piu letti|lees ook|meest gelezen)$/,
  /^(читайте также|смотрите также|похожие (новости|статьи)|по теме|популярное|ещё по теме|еще по теме|новости по теме)$/u,
  /^(ilgili haberler|benzer haberler|en cok okunanlar|baca juga|berita terkait|terpopuler)$/,
  /^(اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|أخبار ذات صلة|مواضيع ذات صلة|الأكثر قراءة|اخبار مرتبط|مطالب مرتبط|پربازدید)$/u,
  /^(相关新闻|相关阅读|相关文章|热门文章|延伸阅读|猜你喜欢|関連記事|関連ニュース|人気記事|관련기사|많이 본 뉴스)$/u,
];

/**
 * Labels that end the story for good: comment sections, reply forms, author boxes. Once the
 * article has begun, the main text never runs across one.
 */
export const END_LABELS: RegExp[] = [
  /^(leave|post|add|write|submit) (a |your )?(reply|comment|response)s?( below| here)?$/,
  /^\d*\s*(comments?|responses?|replies|reactions?|opinions?)( \d+)?$/,
  /^(top|most|best|all|latest|newest|oldest|recent|view|show|read|see|load|hide|reader|user) (rated |recent |popular |all |the |\d+ )?(comments?|reactions|replies|responses)( \d+)?$/,
  /^(join the (conversation|discussion)|discussion|conversation|comment)$/,
  /^(about the author|about the writer|author bio|a propos de l'auteur|sobre (o|el) autor|uber den autor|l'auteur|the author)$/,
  /^(kommentare|commentaires|comentarios|commenti|reacties|комментарии|yorumlar|komentar|التعليقات|نظرات|评论|コメント|댓글)( \d+)?$/u,
];

/** A promo label followed by another story's headline: "Related: ...", "READ MORE: ...". */
export const INLINE_PROMOS: RegExp[] = [
  /^(related|related (story|stories|article|coverage|content|video|reading|links?)|read (more|also|next)|also read|see also|more|more on this|watch|listen|video|recommended|don'?t miss|editor'?s pick|in case you missed it|lesen sie auch|mehr zum thema|lire aussi|a lire aussi|voir aussi|lee tambien|leia tambem|leggi anche|baca juga|читайте также|смотрите также|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|ilgili haber|lees ook)\s*[:>»|-]/u,
  /^(related roundup|buyer'?s guide|tags?|topics?|keywords?|filed under|posted in|categories|category|published in|section|(tag|category|author|monthly|daily|yearly) archives?)\s*:/,
];

/** Widget, promo, consent and footer lines. Matched only on lines of at most ~25 words. */
export const WIDGET_LINES: RegExp[] = [
  /^(share|tweet|pin|email|print|save|like|follow|subscribe|sign (in|up|out)|log ?(in|out)|register|login|menu|search|close|skip to( the)?( main)? (content|article|navigation|main|search|footer)|skip navigation|back to (top|main menu|menu|home|homepage)|home|next|previous|prev|more|load more|show more|read full (story|article)|continue reading|advertisement|advertising|sponsored( content)?|ad|ads|cookies?|accept|ok|got it|reply|report|edit|delete|loading\.*|play|watch|listen|video|photo|image|gallery|source|credit|credits|copy link|copied|print this|share this( (story|article|page|post))?|share on \w+|share via \w+)[:.!]?$/,
  /^(share|follow|like|join) (us|this|on)\b/,
  // "Follow The Harbour Ledger for more reports on this story", "Follow our live coverage for the latest".
  /^follow .{1,60}? for (more|the latest|all the latest|updates|live updates)\b/,
  /^join (the|our) .{0,40}\b(whatsapp|telegram|channel|newsletter|community)\b/,
  /^skip to (the )?(main )?(content|navigation|article|search|footer)\b/,
  /\b(subscribe|sign up|signup|register) (to|for|now|today)\b.*\b(newsletter|updates|alerts|daily|weekly|inbox|email)/,
  /\b(newsletter|mailing list)\b/,
  /\b(privacy policy|terms of (use|service|sale)|terms and conditions|copyright\b|\(c\) \d{4})/,
  /\b(download|get) (the|our) (\w+ )?app\b|\b(app store|google play|play store|roku|apple tv|amazon fire)\b/,
  /^(notify me of|save my name, email|post was not sent|sorry, your blog cannot|please enter your (comment|name|email)|discover more from \S|subscribe now to keep reading)/,
  /\b(requires|enable|enabled) javascript\b|\bjavascript (is )?(required|disabled)\b/,
  /\[\/\w+\]|\[\w+\s+\w+=/,
  /\b(unsubscribe|no spam\b|subscribe to (our|the)|click here|tap here)/,
  /^\d+ (seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b/,
  /^(rating|votes?|score|likes?|points?)\s*:?\s*\d+( votes?| likes?| points?)?$/,
  /^(report|reply|quote|share|like|flag)( (abuse|comment|this|post))?$/,
  /\b(log ?out|change) \)$|\blog in:?\s*(logo)?$/,
  /^(story|news|article|content|post) (code|id|no\.?|number)\s*:?\s*\d+$/,
  /^(source|sources|via|agencies|with agencies|quelle|fuente|fonte|источник|джерело|المصدر|kaynak|sumber)\s*:\s*[\p{L} ,&.'"-]{1,60}$/u,
  // "Source: Harbour bridge closed after crash - Valley News (Valley Broadcasting)": the story this one is taken from.
  /^(source|via)\s*:\s*.{10,160}\s[-|]\s[^-|]{2,80}$/u,
  /^(photo|image|picture|video|credit|illustration|graphic|file photo|photograph)s?\s*(:|by\b|courtesy\b|credit\b)/,
  /\b(getty images|afp via getty|shutterstock|istock|associated press photo|ap photo|reuters\/|epa-efe|photo credit|image credit|credit\.\.\.)/,
  /^(image|photo|slide|picture) \d+ (of|\/) ?\d*$/,
  /^\d+ ?\/ ?\d+$/,
  /^(tags?|topics?|keywords?|filed under|posted in|categories|category)\s*:/,
  /^(click here|tap here|click to|learn more|find out more|visit our|check out our|follow us on|like us on|join us on|find us on)\b/,
  /\b(support (our|independent) journalism|become a (member|subscriber|patron)|donate now|subscribe for unlimited)\b/,
  // Donation and shop buttons, "View more in this section", "Press Enter to skip to content", journal ISSNs, "Next story loading".
  /^(make a (donation|gift)|donate( now| today)?|give (now|today)|support us|my account|view cart|shopping cart|checkout|subtotal\b.*)$/,
  /^(view|see|show) (more|all)( (in this section|stories|news|articles|posts|photos|videos|results))?$|^submit (your|a) \w+( \w+)?$|^(a[+-]?\s*[|/]?\s*){2,3}$/,
  /\bto skip to (the )?(main )?(content|navigation)\b|\bissn\b|\bmy account\b.*\b(sign|log) ?(in|out)\b/,
  // Agency credits, newsletter and paywall boxes, caption toggles, article tools and sponsor labels inside the story.
  /^\(?(reporting|additional reporting|writing|editing|compiled) by \p{L}|^our standards\b|\btrust principles\.?$|^posted in [\p{L}-]+( [\p{L}-]+)?$/u,
  /^(previous|next|older|newer) (article|post|story|posts|stories|entries)$|^(courtesy|supplied|file|handout) (photo|image|picture)s?$|^(photo|image|picture)\s*:?\s*(supplied|courtesy|handout)$/,
  /\b(to your inbox|delivered to your inbox|enter your (email|e-mail)( address)?|your email address|ad ?blocker|free articles?|full access to|thank(s| you) for reading)\b/,
  /^follow [\p{L}.' -]{2,40} on (twitter|facebook|instagram|x|linkedin|threads|bluesky|mastodon)\b/u,
  /^(story continues below( advertisement)?|continue reading( the main story| below)?|(hide|toggle|show) caption|enlarge this image|listen to (this|the) (article|story)|audio|keep reading|report an? (error|typo|correction)|email this (story|article)|jump to comments|contact us|paid (content|post|partner content)|promoted (stories|content|links)|sponsored by .{1,40}|breaking news|view (all )?comments( \d+)?)$/,
  /^(gallery|photos|video)\s*:\s*\d+ (photos|images|pictures|videos)$/,
  // Share buttons by network, and the same tools and credits in other languages.
  /^(twitter|facebook|whatsapp|telegram|linkedin|pinterest|reddit|instagram|youtube|tiktok|flipboard|messenger|threads|bluesky)$|^(compartir|partager|teilen|share|bagikan|paylas) (en|sur|auf|on|di|ke) [\p{L}]+$/u,
  /^(artikel teilen|zur startseite|abonnez-vous|suscribete|suscribase|abone ol|reklam|simak juga|baca berita selengkapnya|tags|topics|schlagworte|mots-cles|etiquetas)$/,
  /^(editor|penulis|pewarta|redaktur|reporter|edited by|author)\s*:\s*\p{L}|^artikel ini telah tayang di\b|^\(?with (inputs from )?(agency|agencies|agency inputs|inputs from agencies)\)?\.?$/u,
  /\b(reserve aux abonnes|nur fur abonnenten|exclusivo para suscriptores|solo para suscriptores|khusus pelanggan)\b/,
  /^(read|see|watch|view|listen to|download) (the|our|more|all)\b.{0,60}\bhere\.?$|^(written|reported|words|text|story) by \p{L}|^next (story|article|post)\b|\bscroll (down )?to continue( reading)?\b|^advertisement\s*[-:|]/u,
  /^(updated|published|posted|last updated|first published|modified)\s*:?\s*$/,
  /\b\d+\s*(min|minute)s?\s*read\b/,
  /\bto read the full (story|article)\b|\balready a subscriber\b/,
  // Other languages.
  /^(teilen|drucken|versenden|anmelden|abmelden|werbung|anzeige|partager|imprimer|publicite|se connecter|compartir|imprimir|publicidad|condividi|stampa|pubblicita|delen|поделиться|реклама|войти|paylas|bagikan|iklan|مشاركة|شارك|اعلان|إعلان|分享|分享到|广告|シェア|広告|공유)[:.!]?$/u,
  /\bhak cipta\b/,
  /^(foto|bild|fotografia|фото|صورة|图片|写真)\s*:/u,
  /^(责任编辑|编辑|来源)\s*[:：]/u,
];

/** Every notice pattern below ends in `)` or contains one of these (folded) substrings; keep them in step. */
export const NOTICE_CUES = ['readers like you', 'nonprofit', 'non-profit', 'cookie', 'by continuing', 'by using', 'you agree', 'reserv', 'rechte', 'diritti', '©', 'accessed', 'commenting', 'details below', 'connecting to', 'email address', 'required fields', 'not responsible for', 'права', 'الحقوق', '版权'];

/** Consent banners, rights notices and comment-form text: boilerplate at any length. */
export const NOTICE_LINES: RegExp[] = [
  /\b((we|this (web)?site|our (web)?site|this page) uses? cookies|by (continuing|using) (to (use|browse) )?(this|our) (site|website)|you agree to (our|the) (use|terms|privacy))/,
  /\ball rights reserved\b|©/,
  /\b(website|site) can (also )?be accessed\b/,
  /\b(is|are) not responsible for the content of (quoted|external|linked|third[- ]party|other)\b/,
  /\((image|photo|picture|credit|photograph|foto|bild|imagen)\s*(:|credit|courtesy|by|via)[^)]*\)$/,
  /\((file |archive )?(photo|image|picture|pic|video|foto|bild)\b[^)]{0,40}\)$/,
  /\((file|archive|representational|representative|symbolic)( (photo|image|picture|pic))?\)$/,
  /^(you are commenting using|fill in your details below|connecting to %s|your email address will not be published|required fields are marked)/,
  // A newsroom's appeal for donations: "… requires community support from readers like you. Will you join …?"
  /\breaders like you\b.{0,100}\b(support|donat|contribut|member|give)|\b(support|donations?|contributions?|gifts?) from readers like you\b|\b(we are|we're) an? (independent,? )?(nonprofit|non-profit) (news|newsroom|media|journalism)/,
  /\b(alle rechte vorbehalten|tous droits reserves|todos los derechos reservados|tutti i diritti riservati)\b|все права защищены|جميع الحقوق محفوظة|版权所有/u,
];

/**
 * A consent banner's controls ("Accept all cookies", "Cookie settings"). Prose about cookies uses
 * the same words ("publishers must add a “reject all cookies” button"), so a line is a notice only
 * when it is a button-sized label or speaks to the reader (COOKIE_READER).
 */
export const COOKIE_CONTROLS = /\b(cookies? (policy|settings|preferences|consent|notice|banner)|(accept|reject|decline|allow|manage|refuse) (all |optional |non-essential )?cookies)\b/;
/** Words a banner addresses the reader with: "you", "your", "we", "our", "us". */
export const COOKIE_READER = /\b(you|your|we|our|us)\b/;

/** Hosts and handles: a line that is only an address is never article text. */
export const ADDRESS_ONLY = /^(https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+|@\w+|%2f\S*)$/i;

/** News agencies whose name alone is a byline ("Reuters", "By AFP", "Reuters Published 20 Oct, 2022"): the story is their copy. */
export const WIRE_AGENCIES = new Set(
  `reuters|afp|agence france-presse|ap|associated press|the associated press|dpa|xinhua|anadolu agency|anadolu|ansa|efe|kyodo|yonhap|pti|ians|upi|
  tass|ria novosti|irna|tasnim|fars|isna|mehr|wafa|sana|spa|qna|kuna|mena|bernama|antara|aap|the canadian press|press association|pa media|
  bloomberg|europa press|belga|apa|ctk|mti|pap|bta|hina|tanjug|ukrinform|interfax|sputnik|agencies|news agencies|wires|wire services`
    .split(/\s*\|\s*/)
    .filter(Boolean),
);

/** Whether `name` (any case, spaces around it) is a news agency's. */
export function isWireAgency(name: string): boolean {
  return WIRE_AGENCIES.has(name.trim().toLowerCase());
}
