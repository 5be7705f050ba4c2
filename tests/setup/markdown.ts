/**
 * The renderers parse Markdown with remark, which hf loads asynchronously the
 * first time a document needs it (src/commands/render.ts). Tests call the
 * renderers directly, so it is loaded once before each test file.
 */
import { loadMarkdown } from '../../src/render/markdown.js';

await loadMarkdown();
