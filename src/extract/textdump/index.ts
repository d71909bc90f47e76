export { cleanTextDump, analyzeTextDump, type TextDumpAnalysis } from './clean.ts';
