// XML 1.0 §2.2 Char: anything else (NUL, most C0 controls, lone surrogates, U+FFFE/FFFF) cannot appear in a document,
// not even as a character reference.
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu');

export const findNonXmlChar = (text: string) => NOT_XML_CHAR.exec(text);

export const stripNonXmlChars = (text: string) => text.replace(NOT_XML_CHARS, '');
