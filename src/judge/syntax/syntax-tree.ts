/**
 * tree-sitter's concrete syntax tree copied into plain JavaScript arrays in one walk, and nodes
 * that read those arrays. web-tree-sitter's own nodes cross into WebAssembly for every property
 * (`type`, `endIndex`, `children`, …): lowering a small program made thousands of such calls and
 * spent most of its time on them. The copy takes a handful of calls per node, once.
 *
 * `SyntaxNode` offers the subset of web-tree-sitter's `Node` API that lowering uses, with the
 * same names and meanings, so a node here answers exactly what web-tree-sitter would (a test
 * compares the two on every node of the judge corpus).
 */

/** Receives a pre-order walk of tree-sitter's tree: each node as the walk reaches it, then leaving it after its last child. */
export interface TreeVisitor {
  /**
   * `typeId` is the node's type id in the language (65535 for ERROR); start and end are in UTF-16
   * code units of the parsed text; `fieldId` is the field the node fills in its parent (0 for none).
   */
  enter(typeId: number, startIndex: number, endIndex: number, fieldId: number, isNamed: boolean, isMissing: boolean): void;
  leave(): void;
}

/** The names a grammar gives its node types and fields, by id. */
export interface GrammarNames {
  readonly types: readonly (string | undefined)[];
  readonly fields: readonly (string | null)[];
}

const NAMED = 1;
const MISSING = 2;
const ERROR = 4;
const HAS_ERROR = 8;

/** A parsed text and all its nodes in pre-order (index 0 is the root). */
export class SyntaxTree {
  readonly rootNode: SyntaxNode;
  /** @internal Per node, by pre-order index. */
  readonly typeName: string[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly field: (string | null)[] = [];
  readonly flags: number[] = [];
  readonly parentOf: number[] = [];
  /** Index just past the node's last descendant. */
  readonly subtreeEnd: number[] = [];
  readonly childrenOf: number[][] = [];
  private readonly nodes: (SyntaxNode | undefined)[] = [];

  /** Builds the tree from a pre-order walk of tree-sitter's tree, which `walk` runs on the visitor it is given. */
  constructor(
    readonly text: string,
    names: GrammarNames,
    walk: (visitor: TreeVisitor) => void,
  ) {
    const stack: number[] = [];
    const tree = this;
    walk({
      enter(typeId, startIndex, endIndex, fieldId, isNamed, isMissing) {
        const index = tree.start.length;
        const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
        tree.typeName.push(names.types[typeId] ?? 'ERROR');
        tree.start.push(startIndex);
        tree.end.push(endIndex);
        tree.field.push(fieldId === 0 ? null : (names.fields[fieldId] ?? null));
        tree.flags.push((isNamed ? NAMED : 0) | (isMissing ? MISSING | HAS_ERROR : 0) | (typeId === 65535 ? ERROR | HAS_ERROR : 0));
        tree.parentOf.push(parent);
        tree.subtreeEnd.push(index + 1);
        tree.childrenOf.push([]);
        if (parent >= 0) tree.childrenOf[parent]!.push(index);
        stack.push(index);
      },
      leave() {
        const index = stack.pop()!;
        tree.subtreeEnd[index] = tree.start.length;
        const parent = stack[stack.length - 1];
        if (parent !== undefined && tree.flags[index]! & HAS_ERROR) tree.flags[parent]! |= HAS_ERROR;
      },
    });
    if (this.start.length === 0) throw new Error('a syntax tree needs a root node');
    this.rootNode = this.node(0);
  }

  /** @internal The node at a pre-order index (one object per node, so `===` is node identity). */
  node(index: number): SyntaxNode {
    return (this.nodes[index] ??= new SyntaxNode(this, index));
  }

  /** @internal */
  hasFlag(index: number, flag: number): boolean {
    return (this.flags[index]! & flag) !== 0;
  }
}

/** One node of a SyntaxTree: web-tree-sitter's `Node` API, read from JavaScript arrays. */
export class SyntaxNode {
  private childList: SyntaxNode[] | null = null;
  private namedChildList: SyntaxNode[] | null = null;

  constructor(
    private readonly tree: SyntaxTree,
    private readonly index: number,
  ) {}

  get type(): string {
    return this.tree.typeName[this.index]!;
  }
  get startIndex(): number {
    return this.tree.start[this.index]!;
  }
  get endIndex(): number {
    return this.tree.end[this.index]!;
  }
  get text(): string {
    return this.tree.text.slice(this.startIndex, this.endIndex);
  }
  get isNamed(): boolean {
    return this.tree.hasFlag(this.index, NAMED);
  }
  /** Inserted by error recovery: a token the parser expected and did not find (zero width). */
  get isMissing(): boolean {
    return this.tree.hasFlag(this.index, MISSING);
  }
  get isError(): boolean {
    return this.tree.hasFlag(this.index, ERROR);
  }
  /** Whether this node or any descendant is an ERROR or MISSING node. */
  get hasError(): boolean {
    return this.tree.hasFlag(this.index, HAS_ERROR);
  }

  get parent(): SyntaxNode | null {
    const parent = this.tree.parentOf[this.index]!;
    return parent < 0 ? null : this.tree.node(parent);
  }
  /** Every child, anonymous tokens and comments included, in order. */
  get children(): readonly SyntaxNode[] {
    return (this.childList ??= this.tree.childrenOf[this.index]!.map((i) => this.tree.node(i)));
  }
  get namedChildren(): readonly SyntaxNode[] {
    return (this.namedChildList ??= this.children.filter((c) => c.isNamed));
  }
  get childCount(): number {
    return this.tree.childrenOf[this.index]!.length;
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
  child(index: number): SyntaxNode | null {
    return this.children[index] ?? null;
  }
  get firstChild(): SyntaxNode | null {
    return this.child(0);
  }
  get lastChild(): SyntaxNode | null {
    return this.child(this.childCount - 1);
  }
  get firstNamedChild(): SyntaxNode | null {
    return this.namedChildren[0] ?? null;
  }
  /** The parent's next child (a MISSING token too, which web-tree-sitter's nextSibling steps over). */
  get nextSibling(): SyntaxNode | null {
    const parent = this.parent;
    if (!parent) return null;
    const siblings = parent.children;
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }

  /** The first child filling this field, or null. */
  childForFieldName(name: string): SyntaxNode | null {
    const field = this.tree.field;
    for (const i of this.tree.childrenOf[this.index]!) if (field[i] === name) return this.tree.node(i);
    return null;
  }
  /** The field the child at `index` (among all children) fills, or null. */
  fieldNameForChild(index: number): string | null {
    const child = this.tree.childrenOf[this.index]![index];
    return child === undefined ? null : this.tree.field[child]!;
  }
  /** Descendants of a type, in pre-order (not the node itself). */
  descendantsOfType(type: string): SyntaxNode[] {
    const found: SyntaxNode[] = [];
    const names = this.tree.typeName;
    for (let i = this.index + 1; i < this.tree.subtreeEnd[this.index]!; i++) if (names[i] === type) found.push(this.tree.node(i));
    return found;
  }
  equals(other: SyntaxNode): boolean {
    return this === other;
  }
}
