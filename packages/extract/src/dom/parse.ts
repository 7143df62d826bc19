// htmlparser2's tokenizer with a lean tree builder: the same domhandler Document/Element/Text tree as
// parseDocument, without comments and doctype nodes (no rule reads them), and with nodes made by plain
// property stores — domhandler's class-field initializers cost about half of the parse on Node 20. Nodes
// carry no startIndex/endIndex (nothing here or in domutils reads them): smaller nodes, less to collect.
import { ElementType, Parser } from "htmlparser2";
import { Document, Element, Text, type ChildNode, type ParentNode } from "domhandler";
import type { Hinted } from "./hint.ts";

type Attribs = Record<string, string>;

// Read once: run under tsx, packages are CommonJS-wrapped and every use of an import is a chain of getter calls,
// a cost per node here.
const ELEMENT_PROTO = Element.prototype;
const TEXT_PROTO = Text.prototype;
const TAG = ElementType.Tag;
const SCRIPT = ElementType.Script;
const STYLE = ElementType.Style;
const TEXT = ElementType.Text;

/** Parses HTML the way `parseDocument` does (HTML mode, entities decoded), keeping elements and text only. */
export function parseHtml(html: string): Document {
  return build(html, Infinity).root;
}

/**
 * As parseHtml, but stops and returns undefined as soon as more than `maxOpen` elements are open at once.
 * `depth` is the deepest element nesting seen.
 */
export function parseHtmlWithin(html: string, maxOpen: number): { doc: Document; depth: number } | undefined {
  const builder = build(html, maxOpen);
  return builder.tooDeep ? undefined : { doc: builder.root, depth: builder.deepest };
}

function build(html: string, maxOpen: number): TreeBuilder {
  const builder = new TreeBuilder(maxOpen);
  const parser = new Parser(builder);
  builder.parser = parser;
  parser.end(html);
  return builder;
}

class TreeBuilder {
  readonly root = new Document([]);
  parser: Parser | undefined;
  tooDeep = false;
  deepest = 0;
  private readonly open: ParentNode[] = [this.root];
  // the text node that following text is appended to, as domhandler merges adjacent text
  private lastText: Text | null = null;

  constructor(private readonly maxOpen: number) {}

  onopentag(name: string, attribs: Attribs): void {
    const el = newElement(name, attribs);
    this.append(el);
    this.open.push(el);
    if (this.open.length <= this.deepest + 1) return;
    this.deepest = this.open.length - 1;
    if (this.deepest > this.maxOpen && !this.tooDeep) {
      this.tooDeep = true;
      this.parser?.pause();
    }
  }

  onclosetag(): void {
    this.lastText = null;
    if (this.open.length > 1) this.open.pop();
  }

  ontext(data: string): void {
    if (this.lastText !== null) {
      this.lastText.data += data;
      return;
    }
    const text = newText(data);
    this.append(text);
    this.lastText = text;
  }

  oncommentend(): void {
    this.lastText = null;
  }

  oncdataend(): void {
    this.lastText = null;
  }

  private append(node: ChildNode): void {
    const parent = this.open[this.open.length - 1] ?? this.root;
    const siblings = parent.children;
    const prev = siblings[siblings.length - 1];
    siblings.push(node);
    if (prev !== undefined) {
      node.prev = prev;
      prev.next = node;
    }
    node.parent = parent;
    this.lastText = null;
  }
}

function newElement(name: string, attribs: Attribs): Element {
  const el = Object.create(ELEMENT_PROTO) as Hinted;
  el.parent = null;
  el.prev = null;
  el.next = null;
  el.children = [];
  el.name = name;
  el.attribs = attribs;
  el.type = elementType(name);
  // filled on first use; present from the start so that all elements share one shape
  el.hint = undefined;
  return el;
}

function elementType(name: string): Element["type"] {
  if (name === "script") return SCRIPT;
  if (name === "style") return STYLE;
  return TAG;
}

function newText(data: string): Text {
  const text = Object.create(TEXT_PROTO) as Text;
  text.parent = null;
  text.prev = null;
  text.next = null;
  text.data = data;
  (text as { type: ElementType.ElementType }).type = TEXT;
  return text;
}
