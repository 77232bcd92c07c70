export { layoutBlock, layoutBlocks, type LayoutOptions } from './layout';
export { parseInline, plainText, type InlineOptions } from './inline';
export { highlight, languageOf, type CodeLanguage } from './highlight';
export { renderTable, fitColumns, type TableInput, type Align } from './table';
export { wrapSegments, hardWrap, clipLine, truncateLine, lineWidth, lineText, type Line, type Segment } from './lines';
export { LinesView, LineRow } from './LinesView';
export { Markdown, useLayout } from './Markdown';
