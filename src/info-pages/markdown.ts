import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * GitHub's schema, stricter: no images (a resident's browser would fetch them from wherever the
 * address points, and the page's CSP refuses them anyway), no inputs, no `details` toggles. Scripts,
 * styles, iframes, event handlers and javascript: addresses are never in the schema.
 */
const SCHEMA = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'input'].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

const HEADING = /^h([1-6])$/;

/**
 * The page's title is its one h1: a heading written in the body goes one level down (# becomes
 * h2), and the levels below it follow, so the outline stays whole.
 */
function headingsBelowTitle() {
  return (tree: TreeNode) => lowerHeadings(tree);
}

/** The little of a HTML syntax tree (hast) that moving headings needs. */
interface TreeNode {
  type: string;
  tagName?: string;
  children?: TreeNode[];
}

function lowerHeadings(node: TreeNode): void {
  const level = node.type === 'element' && node.tagName ? HEADING.exec(node.tagName) : null;
  if (level) node.tagName = `h${Math.min(6, Number(level[1]) + 1)}`;
  for (const child of node.children ?? []) lowerHeadings(child);
}

const pipeline = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, SCHEMA)
  .use(headingsBelowTitle)
  .use(rehypeStringify);

/** Markdown (raw HTML allowed in it) as HTML that can be put in a page as it is: sanitised. */
export function renderMarkdown(markdown: string): string {
  return String(pipeline.processSync(markdown));
}
