/**
 * Notebooks: a report displays itself as its HTML view. Deno's Jupyter kernel calls the method
 * under `Symbol.for("Jupyter.display")` on the value of a cell; tslab has a display API that
 * {@link displayReport} uses when it is there. The method is a non-enumerable symbol property, so
 * `JSON.stringify(report)` stays the plain data.
 * @module
 */
import type { Report } from '../types.js';
import { formatReport } from './format.js';

/**
 * The symbol Deno's Jupyter kernel looks for on a cell's value.
 * @example
 * report[JUPYTER_DISPLAY]()['text/html'];
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display') as never;

/**
 * What a display call returns: the report as HTML and as text.
 * @example
 * (report as any)[Symbol.for('Jupyter.display')]()['text/plain'];
 */
export interface DisplayBundle {
  readonly 'text/html': string;
  readonly 'text/plain': string;
}

/**
 * Gives a report its notebook display, in place, and returns it.
 * @example
 * const report = withDisplay(assembled);
 * JSON.stringify(report); // the plain data, without the display
 */
export function withDisplay<R extends Report>(report: R): R {
  Object.defineProperty(report, JUPYTER_DISPLAY, {
    value: (): DisplayBundle => ({ 'text/html': formatReport(report, 'html'), 'text/plain': formatReport(report, 'text') }),
    enumerable: false, configurable: true, writable: false,
  });
  return report;
}

/**
 * The part of tslab's display API that {@link displayReport} uses.
 * @example
 * displayReport(report, { html: (h) => console.log(h.length) });
 */
export interface HtmlDisplay {
  /** Shows an HTML string in the notebook's output. */
  html(html: string): void;
}

/**
 * Shows a report in a notebook: through the `display` given (tslab's `display`, or any object with
 * an `html` method), else through tslab when it can be loaded, else nowhere. Returns the HTML.
 * @example
 * import * as tslab from 'tslab';
 * displayReport(report, tslab.display);
 */
export function displayReport(report: Report, display?: HtmlDisplay): string {
  const html = formatReport(report, 'html');
  const target = display ?? tslabDisplay();
  target?.html(html);
  return html;
}

function tslabDisplay(): HtmlDisplay | undefined {
  try {
    const load = (globalThis as { require?: (id: string) => unknown }).require ?? (typeof require === 'function' ? require : undefined);
    const tslab = load?.('tslab') as { display?: HtmlDisplay } | undefined;
    return typeof tslab?.display?.html === 'function' ? tslab.display : undefined;
  } catch {
    return undefined;
  }
}
