/**
 * The scenario editor: CodeMirror 6 (state + view only) with the script language's own tokenizer for
 * highlighting (one source of truth for the language: src/solver/script/lexer.ts), diagnostics underlined with
 * their message as a tooltip (the list under the editor says it in full), and marks on the constraints a
 * "no solution" names. Tab is left to the browser so that keyboard users can leave the editor.
 *
 * @codemirror/commands and @codemirror/lint are not used: with their language and parser dependencies they
 * weighed a fifth of the playground's budget, for an undo history and underlines that take a few lines here.
 */
import { Annotation, EditorState, RangeSetBuilder, StateEffect, StateField, type ChangeSet, type EditorSelection, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, drawSelection, highlightActiveLine, keymap, lineNumbers, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import type { Diagnostic, SourceRange } from '../../solver/diagnostics.ts';
import { highlight } from '../../solver/script/lexer.ts';
import type { TextChange } from '../../lib/placement/edits.ts';

export interface ScenarioEditor {
  readonly view: EditorView;
  text(): string;
  /** Replaces the whole text (one undoable step). */
  setText(text: string): void;
  apply(changes: TextChange[]): void;
  showDiagnostics(diagnostics: Diagnostic[]): void;
  /** Marks these ranges (constraints involved in a failure); an empty list clears them. */
  markInvolved(ranges: SourceRange[]): void;
  goTo(line: number, column: number): void;
}

const tokenMarks = new Map<string, Decoration>();
const markFor = (cls: string) => {
  let mark = tokenMarks.get(cls);
  if (!mark) tokenMarks.set(cls, (mark = Decoration.mark({ class: `pd-tok-${cls}` })));
  return mark;
};

/** Colours the visible part of the text; the whole text is tokenized because a comment may open above it. */
const highlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = build(update.view);
    }
  },
  { decorations: (v) => v.decorations },
);

function build(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const { from, to } = view.viewport;
  for (const { token, class: cls } of highlight(view.state.doc.toString())) {
    if (token.end <= from || token.end === token.start) continue;
    if (token.start >= to) break;
    builder.add(token.start, token.end, markFor(cls));
  }
  return builder.finish();
}

interface Mark {
  from: number;
  to: number;
  className: string;
  title?: string;
}

/** A layer of marks replaced as a whole by its effect and moved along with edits: diagnostics, involved constraints. */
function markLayer() {
  const set = StateEffect.define<Mark[]>();
  const field = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(marks, tr) {
      marks = marks.map(tr.changes);
      for (const e of tr.effects) {
        if (e.is(set)) {
          const ranges = e.value.map((m) => Decoration.mark({ class: m.className, attributes: m.title ? { title: m.title } : {} }).range(m.from, m.to));
          marks = Decoration.set(ranges, true);
        }
      }
      return marks;
    },
    provide: (f) => EditorView.decorations.from(f),
  });
  return { set, field };
}

const diagnosticsLayer = markLayer();
const involvedLayer = markLayer();

/** A small undo history: consecutive typing within a second is one step. */
const fromHistory = Annotation.define<boolean>();
interface Step {
  forward: ChangeSet;
  inverse: ChangeSet;
  selection: EditorSelection;
  at: number;
}

function historyOf(): { extension: Extension; undo: (v: EditorView) => boolean; redo: (v: EditorView) => boolean } {
  const done: Step[] = [];
  const undone: Step[] = [];
  const extension = EditorView.updateListener.of((u) => {
    for (const tr of u.transactions) {
      if (!tr.docChanged || tr.annotation(fromHistory)) continue;
      const inverse = tr.changes.invert(tr.startState.doc);
      const last = done.at(-1);
      const now = Date.now();
      if (last && now - last.at < 1000 && tr.isUserEvent('input')) {
        last.forward = last.forward.compose(tr.changes);
        last.inverse = inverse.compose(last.inverse);
        last.at = now;
      } else done.push({ forward: tr.changes, inverse, selection: tr.startState.selection, at: now });
      undone.length = 0;
    }
  });
  const undo = (view: EditorView) => {
    const step = done.pop();
    if (!step) return false;
    view.dispatch({ changes: step.inverse, selection: step.selection, annotations: fromHistory.of(true), scrollIntoView: true });
    undone.push(step);
    return true;
  };
  const redo = (view: EditorView) => {
    const step = undone.pop();
    if (!step) return false;
    view.dispatch({ changes: step.forward, annotations: fromHistory.of(true), scrollIntoView: true });
    done.push({ ...step, at: 0 });
    return true;
  };
  return { extension, undo, redo };
}

function select(view: EditorView, anchor: number, head: number): boolean {
  view.dispatch({ selection: { anchor, head }, scrollIntoView: true });
  return true;
}

/** Enter keeps the current line's indentation. */
function newline(view: EditorView): boolean {
  const { state } = view;
  const line = state.doc.lineAt(state.selection.main.head);
  const indent = /^[ \t]*/.exec(line.text)![0];
  view.dispatch(state.replaceSelection(`\n${indent}`), { scrollIntoView: true, userEvent: 'input' });
  return true;
}

export function createEditor(host: HTMLElement, initial: string, options: { labelledBy: string; describedBy?: string; onChange: () => void }): ScenarioEditor {
  const history = historyOf();
  const extensions: Extension[] = [
    lineNumbers(),
    history.extension,
    drawSelection(),
    highlightActiveLine(),
    keymap.of([
      { key: 'Mod-z', run: history.undo, preventDefault: true },
      { key: 'Mod-y', mac: 'Mod-Shift-z', run: history.redo, preventDefault: true },
      { key: 'Enter', run: newline },
      // Whole-document moves: the browser's own would stop at the lines CodeMirror has drawn.
      { key: 'Mod-a', run: (v) => select(v, 0, v.state.doc.length), preventDefault: true },
      { key: 'Mod-Home', run: (v) => select(v, 0, 0), shift: (v) => select(v, v.state.selection.main.anchor, 0), preventDefault: true },
      { key: 'Mod-End', run: (v) => select(v, v.state.doc.length, v.state.doc.length), shift: (v) => select(v, v.state.selection.main.anchor, v.state.doc.length), preventDefault: true },
    ]),
    highlighter,
    diagnosticsLayer.field,
    involvedLayer.field,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({
      'aria-labelledby': options.labelledBy,
      ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
      spellcheck: 'false',
      autocapitalize: 'off',
      autocorrect: 'off',
    }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) options.onChange();
    }),
  ];
  const view = new EditorView({ state: EditorState.create({ doc: initial, extensions }), parent: host });

  const offset = (line: number, column: number) => {
    const doc = view.state.doc;
    const l = doc.line(Math.min(Math.max(1, line), doc.lines));
    return Math.min(l.to, l.from + Math.max(0, column - 1));
  };
  const span = (r: SourceRange) => {
    const from = offset(r.line, r.column);
    const to = r.endLine !== undefined && r.endColumn !== undefined ? offset(r.endLine, r.endColumn) : view.state.doc.lineAt(from).to;
    return { from, to: Math.max(to, Math.min(from + 1, view.state.doc.length)) };
  };

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    apply(changes) {
      view.dispatch({ changes });
    },
    showDiagnostics(diagnostics) {
      const marks: Mark[] = diagnostics
        .filter((d) => d.range)
        .map((d) => ({ ...span(d.range!), className: `pd-diagnostic pd-${d.severity}`, title: `${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ''}` }));
      view.dispatch({ effects: diagnosticsLayer.set.of(marks) });
    },
    markInvolved(ranges) {
      view.dispatch({ effects: involvedLayer.set.of(ranges.map((r) => ({ ...span(r), className: 'pd-involved' }))) });
    },
    goTo(line, column) {
      const at = offset(line, column);
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
  };
}
