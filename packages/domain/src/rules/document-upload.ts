/**
 * What a document attached to a partnership (and, later, to a conversion step) may be. The
 * type is judged from the file's first bytes as well as its name, because a browser's stated
 * type is whatever the file's name suggests: a renamed executable must not pass as a PDF.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_PARTNERSHIP_DOCUMENTS = 20;

export const documentMediaTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;
export type DocumentMediaType = (typeof documentMediaTypes)[keyof typeof documentMediaTypes];

/** How many leading bytes `documentUploadProblem` needs to see. */
export const DOCUMENT_SIGNATURE_BYTES = 5;

const pdfSignature = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const zipSignature = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04": a DOCX is a zip

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * The media type a document is stored and served with, or null when it is neither a PDF nor
 * a DOCX. A PDF is known by its bytes whatever its name; a zip is a DOCX only when named so,
 * since any zip (an .xlsx, a folder of files) starts the same way.
 */
export function documentMediaType(
  fileName: string,
  leadingBytes: Uint8Array,
): DocumentMediaType | null {
  if (startsWith(leadingBytes, pdfSignature)) return documentMediaTypes.pdf;
  if (startsWith(leadingBytes, zipSignature) && /\.docx$/i.test(fileName.trim())) {
    return documentMediaTypes.docx;
  }
  return null;
}

function extensionOf(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Null when the document may be stored; otherwise what to fix, in words for the uploader. */
export function documentUploadProblem(input: {
  fileName: string;
  size: number;
  leadingBytes: Uint8Array;
}): string | null {
  const { fileName, size, leadingBytes } = input;
  const name = fileName.trim();
  if (name === "") return "Give the document a file name.";
  if (size === 0) return `${name} is empty.`;
  if (size > MAX_DOCUMENT_BYTES) {
    const megabytes = Math.round((size / (1024 * 1024)) * 10) / 10;
    return `${name} is ${megabytes} MB; documents may be at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB.`;
  }
  if (documentMediaType(name, leadingBytes) !== null) return null;
  const extension = extensionOf(name);
  const claimed = extension === "pdf" || extension === "docx";
  if (claimed) {
    return `${name} is named as a ${extension.toUpperCase()} but its contents are not one; attach a real PDF or Word (.docx) document.`;
  }
  const what = extension ? `a .${extension} file` : "a file of unknown type";
  return `${name} is ${what}; attach a PDF or Word (.docx) document.`;
}
