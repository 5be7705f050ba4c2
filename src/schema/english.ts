/**
 * The schemas speak Norwegian (titles and descriptions that editors show). The
 * descriptions that a finding's hint repeats — of values with a pattern, a
 * format or alternatives — are here in English too, so `--lang en` gives an
 * English hint. tests/schema/english.test.ts fails when a schema has such a
 * description without an English one here.
 */
export const ENGLISH_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Lenke: 'A link (an http or https address).',
  Adresse: 'An address (http or https).',
  Punkt: 'A point: a line of text, or a text with points under it.',
  'Dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2024-09-26.': 'A date written YYYY-MM-DD, for example 2024-09-26.',
  'Klokkeslett skrevet TT:MM i anførselstegn, for eksempel "12:30".': 'A time written HH:MM in quotes, for example "12:30".',
  'År og løpenummer, for eksempel "2024.27". Skriv alltid i anførselstegn: 2024.10 uten anførselstegn leses som tallet 2024.1.':
    'Year and sequence number, for example "2024.27". Always write it in quotes: 2024.10 without quotes is read as the number 2024.1.',
  'Koden til et organ i hf.yaml, for eksempel SSU.': 'The code of a body in hf.yaml, for example SSU.',
  'Organ og saksnummer, for eksempel "SSU 2024.17".': 'Body and case number, for example "SSU 2024.17".',
  'Organ og møtedato, for eksempel "SSU 2024-05-23".': 'Body and meeting date, for example "SSU 2024-05-23".',
  'Personlig vara: ett navn, en person, eller en liste i den rekkefølgen varaene kalles inn.': 'Personal deputy: a name, a person, or a list in the order the deputies are called in.',
  'Områdets nummer slik dokumentet har det: 1, 2 eller "3.1" (et nummer med punktum skrives i anførselstegn, ellers leses 3.10 som 3.1).':
    'The area\'s number as the document has it: 1, 2 or "3.1" (a number with a dot is written in quotes, otherwise 3.10 is read as 3.1).',
  Id: 'An id: lower-case letters, digits and hyphens.',
  'Hvor innkallingene kan leses, brukt som lenke i kalenderen (hf calendar). Enten adressen repoets filer vises under, for eksempel https://github.com/helsefellesskap/vestfold/blob/main/ (lenken blir da til møtefilen), eller en mal med {organ} (organkoden med små bokstaver), {ORGAN} og {dato}, for eksempel https://intranett.example.no/hf/{organ}/{dato}.html.':
    "Where the notices can be read, used as the link in the calendar (hf calendar). Either the address the repository's files are shown under, for example https://github.com/helsefellesskap/vestfold/blob/main/ (the link is then to the meeting's file), or a template with {organ} (the body code in lower case), {ORGAN} and {dato}, for example https://intranett.example.no/hf/{organ}/{dato}.html.",
  'For eksempel kommunene.': 'For example kommunene (the municipalities).',
  'PNG- eller JPEG-fil fra roten av repoet, vist øverst i dokumentene, for eksempel profil/logo.png.': 'A PNG or JPEG file from the root of the repository, shown at the top of the documents, for example profil/logo.png.',
  'Et Word-dokument (.docx) hvis stiler (skrift, størrelser, farger) dokumentene tar, som pandocs --reference-doc; innholdet i malen brukes ikke.':
    "A Word document (.docx) whose styles (fonts, sizes, colours) the documents take, like pandoc's --reference-doc; the template's content is not used.",
  'Nøkkelen i planradene: små bokstaver, tall og _, for eksempel målgruppe. Ikke et av hfs egne felt.': "The key in the plan rows: lower-case letters, digits and _, for example målgruppe. Not one of hf's own fields.",
  'Raden i en tidligere plan som denne viderefører (plan/rad, for eksempel 2024/vitality), eller en liste når den slår sammen flere.':
    'The row of an earlier plan this one continues (plan/row, for example 2024/vitality), or a list when it merges several.',
  'Årene planen gjelder, for eksempel "2025–2027".': 'The years the plan covers, for example "2025–2027".',
};

/** The English of a schema description, or the description itself when there is none. */
export function englishDescription(nb: string): string {
  return ENGLISH_DESCRIPTIONS[nb] ?? nb;
}
