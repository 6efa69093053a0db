/**
 * A timestamped log of what the browser and the extension said during a test (service worker
 * console, page errors, worker start/stop), attached to the report and printed on failure so a
 * failing e2e test says what the extension was doing.
 */
export class EventLog {
  private readonly start = Date.now();
  private readonly lines: string[] = [];

  add(line: string): void {
    this.lines.push(`+${((Date.now() - this.start) / 1000).toFixed(2)}s ${line}`);
  }

  text(): string {
    return this.lines.join('\n');
  }
}
