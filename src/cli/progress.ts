/**
 * A one-line progress display on a terminal (reading…, checked n/N residents), redrawn in place
 * and erased at the end. Silent when off: for JSON output and when stderr is not a terminal.
 */
export class Progress {
  private shown = false;
  private lastDraw = 0;

  constructor(
    private readonly stream: Pick<NodeJS.WriteStream, "write">,
    private readonly enabled: boolean,
    /** Least time between two redraws, so a fast run does not flood the terminal. */
    private readonly intervalMs = 100,
  ) {}

  /** Shows `text` now (a phase starting). */
  show(text: string): void {
    if (!this.enabled) return;
    this.draw(text);
  }

  /**
   * Shows the text unless the display was redrawn a moment ago (counters in a loop). The text is a
   * function, made only when it is drawn: a check calls this once per resident, thousands of times,
   * mostly when the display is off (JSON, a pipe).
   */
  tick(text: () => string): void {
    if (!this.enabled) return;
    if (Date.now() - this.lastDraw < this.intervalMs) return;
    this.draw(text());
  }

  /** Erases the line, leaving the terminal as it was. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\x1b[2K");
    this.shown = false;
  }

  private draw(text: string): void {
    this.stream.write(`\r\x1b[2K${text}`);
    this.shown = true;
    this.lastDraw = Date.now();
  }
}
