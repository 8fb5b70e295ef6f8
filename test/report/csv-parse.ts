import assert from "node:assert/strict";

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
export function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        assert.ok(q >= 0, "unterminated quoted field");
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[,\r]/.exec(text.slice(i));
      const end = m ? i + m.index : text.length;
      field = text.slice(i, end);
      assert.ok(!field.includes('"') && !field.includes("\n"), `bare field with quote or LF: ${field}`);
      i = end;
    }
    row.push(field);
    if (text[i] === ",") i++;
    else {
      assert.equal(text.slice(i, i + 2), "\r\n", "records end with CRLF");
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}
