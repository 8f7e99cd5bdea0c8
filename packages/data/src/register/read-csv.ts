import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { parse } from "csv-parse";
import iconv from "iconv-lite";

/** One data row of a register file: its spreadsheet row number (the header is row 1). */
export interface CsvRow {
  row: number;
  values: ReadonlyMap<string, string>;
}

/** A row that could not be read as a row at all (bad quoting, wrong number of fields). */
export interface CsvProblem {
  row: number;
  message: string;
}

/** A file without a column the import needs: nothing is written. */
export class MissingColumnsError extends Error {
  constructor(
    readonly file: string,
    readonly missing: readonly string[],
  ) {
    super(
      `${basename(file)} has no ${missing.map((c) => `"${c}"`).join(", ")} column${missing.length > 1 ? "s" : ""}: nothing was imported. Is it the register's own download for this option?`,
    );
    this.name = "MissingColumnsError";
  }
}

/**
 * The register writes its downloads in Windows-1252; a file saved again by a spreadsheet may be
 * UTF-8, with or without a byte-order mark. Judged from the first 64 KB: a BOM, or high bytes
 * that form valid UTF-8, mean UTF-8.
 */
export async function detectEncoding(path: string): Promise<"utf8" | "win1252"> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(65_536), 0, 65_536, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf8";
    if (!head.some((byte) => byte >= 0x80)) return "win1252";
    // A multi-byte character cut at the end of the sample is not an error.
    const sample = bytesRead === 65_536 ? head.subarray(0, bytesRead - 4) : head;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(sample);
      return "utf8";
    } catch {
      return "win1252";
    }
  } finally {
    await handle.close();
  }
}

export interface ReadOptions {
  /** Columns the file must have; checked before any row is handed on. */
  required: readonly string[];
  /** Bytes read so far from the file, for a progress bar. */
  onBytes?: (bytes: number) => void;
  onProblem: (problem: CsvProblem) => void;
}

/**
 * Streams a register file's rows as header → value maps, decoding as it goes, so a file of any
 * size is read in bounded memory. Throws MissingColumnsError before the first row when a
 * required column is absent.
 */
export async function* readRegisterCsv(path: string, options: ReadOptions): AsyncGenerator<CsvRow> {
  const encoding = await detectEncoding(path);
  const file = createReadStream(path);
  let bytes = 0;
  file.on("data", (chunk) => {
    bytes += chunk.length;
    options.onBytes?.(bytes);
  });
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const lines = (error as { lines?: number } | undefined)?.lines;
      options.onProblem({
        row: lines ?? 0,
        message: `cannot be read as CSV (${error?.message ?? "malformed"}): quotes must come in pairs`,
      });
      return undefined;
    },
  });
  file.pipe(iconv.decodeStream(encoding)).pipe(parser);
  file.on("error", (error) => parser.destroy(error));

  let header: string[] | undefined;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { records: number };
  }>) {
    if (!header) {
      header = record.map((name) => name.trim());
      const missing = options.required.filter((name) => !header?.includes(name));
      if (missing.length > 0) {
        file.destroy();
        throw new MissingColumnsError(path, missing);
      }
      continue;
    }
    const row = info.records;
    if (record.length !== header.length) {
      options.onProblem({
        row,
        message: `has ${record.length} fields where the header has ${header.length}`,
      });
      continue;
    }
    const values = new Map(header.map((name, i) => [name, (record[i] ?? "").trim()]));
    yield { row, values };
  }
  if (!header) throw new MissingColumnsError(path, options.required);
}
