#!/usr/bin/env node
// Validates an `hf export noark` package against eInnsyn's Noark 5 schema:
//
//   node scripts/validate-noark.js <xsd-folder> <package-folder-or-arkivstruktur.xml>
//
// <xsd-folder> holds arkivstruktur.xsd and metadatakatalog.xsd as published in
// the public repository difi/einnsyn-datamodell (hf does not ship them). The
// schemas are read into memory and validated with xmllint-wasm; the files in the
// folder are never changed.
//
// The newest arkivstruktur.xsd there refers to three types its published
// metadatakatalog.xsd does not define (referanseTilMoetesak,
// korrespondansepartEnhetstype, organisasjonsnummer), so the pair does not
// compile as published. With --declare-missing, each type the schema parser
// reports as missing is declared as a plain xs:string in the in-memory copy of
// metadatakatalog.xsd, the script says which, and it fails if the package uses
// an element of such a type (its validation would then prove nothing).
//
// Exit code 0 when the package is valid, 1 when it is not, 2 on a usage error.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const args = process.argv.slice(2);
const declareMissing = args.includes('--declare-missing');
const [xsdDir, target] = args.filter((a) => !a.startsWith('--'));
if (!xsdDir || !target) {
  console.error('usage: node scripts/validate-noark.js [--declare-missing] <xsd-folder> <package-folder-or-arkivstruktur.xml>');
  process.exit(2);
}
const xmlPath = existsSync(target) && statSync(target).isDirectory() ? join(target, 'arkivstruktur.xml') : target;
const xml = readFileSync(xmlPath, 'utf8');
const structure = readFileSync(join(xsdDir, 'arkivstruktur.xsd'), 'utf8');
let catalogue = readFileSync(join(xsdDir, 'metadatakatalog.xsd'), 'utf8');

/** xmllint's result; a schema that does not compile is reported as one error per line of its message. */
async function validate() {
  try {
    return await validateXML({
      xml: [{ fileName: 'arkivstruktur.xml', contents: xml }],
      schema: [{ fileName: 'arkivstruktur.xsd', contents: structure }],
      preload: [{ fileName: 'metadatakatalog.xsd', contents: catalogue }],
    });
  } catch (error) {
    const lines = String(error.message).split('\n').filter((l) => l.trim() !== '');
    return { valid: false, errors: lines.map((rawMessage) => ({ rawMessage })) };
  }
}

const MISSING = /QName value '\{http:\/\/www\.arkivverket\.no\/standarder\/noark5\/metadatakatalog\}(\w+)' does not resolve/;

let result = await validate();
const missing = [...new Set(result.errors.map((e) => MISSING.exec(e.rawMessage)?.[1]).filter(Boolean))];
if (missing.length > 0) {
  console.log(`arkivstruktur.xsd refers to types metadatakatalog.xsd does not define: ${missing.join(', ')}`);
  if (!declareMissing) {
    console.log('The schema does not compile as published; run again with --declare-missing to declare them as xs:string.');
    process.exit(1);
  }
  // In the arkivstruktur namespace the elements of these types have the same names as the types.
  const used = missing.filter((name) => new RegExp(`<${name}[\\s>/]`).test(xml));
  if (used.length > 0) {
    console.log(`The package uses elements of the undefined types (${used.join(', ')}); their content cannot be checked.`);
    process.exit(1);
  }
  const declarations = missing.map((name) => `    <xs:simpleType name="${name}"><xs:restriction base="xs:string"/></xs:simpleType>\n`).join('');
  catalogue = catalogue.replace(/<\/xs:schema>\s*$/, `${declarations}</xs:schema>\n`);
  console.log(`Declared ${missing.join(', ')} as xs:string in memory; the package uses no element of these types.`);
  result = await validate();
}

if (result.valid) {
  console.log(`${xmlPath} is valid against ${join(xsdDir, 'arkivstruktur.xsd')}`);
  process.exit(0);
}
for (const e of result.errors) console.log(e.rawMessage);
console.log(`${result.errors.length} errors`);
process.exit(1);
