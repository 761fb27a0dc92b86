// bibtex-parse ships no types; this is the part of its AST we use (see ../../../node_modules/bibtex-parse/src/bibtex.pegjs).
declare module 'bibtex-parse' {
  export type Literal =
    | { datatype: 'braced' | 'quoted' | 'number' | 'identifier' | 'unenclosed'; value: string; raw: string }
    | { datatype: 'concatinate'; value: Literal[]; raw: string }
    | { datatype: 'null'; value: null; raw: string };
  export type Field = Literal & { name: string };
  export type Item =
    | { itemtype: 'entry'; type: string; key: string | null; enclosed: 'braces' | 'parentheses'; fields: Field[]; raw: string }
    | ({ itemtype: 'string'; name: string } & Literal)
    | ({ itemtype: 'preamble'; enclosed: 'braces' | 'parentheses' } & Literal)
    | { itemtype: 'comment'; comment: string };
  export function parse(text: string, options?: { number?: 'string' | 'number' | 'bigint' }): Item[];
}
