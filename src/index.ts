// The library API: everything the CLI, the HTTP server and other programs build on.
export * from './document/types.js';
export { createDocument, documentId } from './document/document.js';
export { extract, annotate, defaultStages, type ExtractOptions } from './pipeline/extract.js';
export { runStages, type Stage, type NamedStage } from './pipeline/pipeline.js';
export { toAnalysis, type Analysis, type AnalysisAttribution, type AnalysisSpeaker } from './output/analysis.js';
export { formatText } from './output/text.js';
