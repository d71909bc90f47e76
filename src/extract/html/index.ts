export { extractHtml, extractMainBlocks, parsePage, type HtmlExtractionOptions, type MainBlocks } from './extract.ts';
export { readMetadata, stripSiteFromTitle, type PageMetadata } from './metadata.ts';
