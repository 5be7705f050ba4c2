/**
 * Rendering a document in a command. Renderers are pure and synchronous, and
 * most texts they meet are plain paragraphs that need no Markdown parser; when a
 * text does need it, the renderer throws MarkdownNotLoaded, and the document is
 * rendered again once remark is loaded. So a notice of plain texts never loads
 * remark, and every other document loads it once.
 */
import { loadMarkdown, MarkdownNotLoaded } from '../../render/markdown.js';

export async function renderDocument<T>(render: () => T): Promise<T> {
  try {
    return render();
  } catch (error) {
    if (!(error instanceof MarkdownNotLoaded)) throw error;
    await loadMarkdown();
    return render();
  }
}
