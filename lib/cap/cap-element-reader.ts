import { CAP_DATETIME_HINT, parseCapDateTime } from './cap-datetime';
import { CapError } from './cap-error';
import { CAP_NAMESPACE, type CapValuePair } from './cap-types';
import type { XmlElement } from './read-safe-xml';

type Occurs = 'one' | 'optional' | 'many';

/**
 * The children of one CAP element, checked against the element's content model: every child is a CAP 1.2 element
 * the model knows (or in a namespace the caller tolerates), single-valued ones appear at most once. Order is not
 * enforced: it carries no meaning, and refusing a public alert for it would help no one.
 */
export class CapElementReader {
  private readonly byName = new Map<string, XmlElement[]>();

  constructor(
    readonly element: XmlElement,
    private readonly section: string,
    model: Record<string, Occurs>,
    tolerated: string[] = [],
  ) {
    for (const child of element.children) {
      if (child.ns !== CAP_NAMESPACE) {
        if (child.ns && tolerated.includes(child.ns)) continue;
        throw new CapError(
          child.ns ? 'unknown_element' : 'wrong_namespace',
          `${child.path} is not in the CAP 1.2 namespace ${CAP_NAMESPACE} (found ${child.ns ?? 'no namespace'}).`,
          child.path,
        );
      }
      const occurs = model[child.name];
      if (!occurs) {
        throw new CapError(
          'unknown_element',
          `<${child.name}> is not a CAP 1.2 element of <${element.name}> (${section}).`,
          child.path,
        );
      }
      const list = this.byName.get(child.name) ?? [];
      if (occurs !== 'many' && list.length === 1) {
        throw new CapError(
          'duplicate_element',
          `<${element.name}> may have only one <${child.name}> (${section}).`,
          child.path,
        );
      }
      this.byName.set(child.name, [...list, child]);
    }
  }

  /** A required element's text (trimmed, not empty). */
  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) throw this.missing(name);
    return value;
  }

  /** An optional element's text (trimmed); an empty element counts as absent. */
  optional(name: string): string | undefined {
    const el = this.byName.get(name)?.[0];
    return el ? leafText(el) || undefined : undefined;
  }

  all(name: string): string[] {
    return this.elements(name).map(leafText);
  }

  elements(name: string): XmlElement[] {
    return this.byName.get(name) ?? [];
  }

  requiredEnum<T extends string>(name: string, values: readonly T[]): T {
    return this.checkEnum(name, this.required(name), values);
  }

  /** Every occurrence, each one of the code values; `atLeastOne` for REQUIRED multi-valued elements (category). */
  enums<T extends string>(name: string, values: readonly T[], atLeastOne = false): T[] {
    const all = this.all(name);
    if (atLeastOne && all.length === 0) throw this.missing(name);
    return all.map((v, i) => this.checkEnum(name, v, values, this.elements(name)[i].path));
  }

  requiredDate(name: string): Date {
    return this.toDate(name, this.required(name));
  }

  optionalDate(name: string): Date | undefined {
    const text = this.optional(name);
    return text === undefined ? undefined : this.toDate(name, text);
  }

  /** <eventCode>, <parameter>, <geocode>: valueName and value, both present (the value may be empty). */
  valuePairs(name: string): CapValuePair[] {
    return this.elements(name).map((el) => {
      const pair = new CapElementReader(el, this.section, { valueName: 'one', value: 'one' });
      const [valueName, value] = [pair.elements('valueName')[0], pair.elements('value')[0]];
      if (!valueName) throw pair.missing('valueName');
      if (!value) throw pair.missing('value');
      return { valueName: leafText(valueName), value: leafText(value) };
    });
  }

  /** xs:decimal or xs:integer text as a number. */
  optionalNumber(name: string, integer = false): number | undefined {
    const text = this.optional(name);
    if (text === undefined) return undefined;
    const pattern = integer ? /^[+-]?\d+$/ : /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
    if (!pattern.test(text))
      throw this.invalid(name, `"${text}" is not ${integer ? 'an integer' : 'a decimal number'}`);
    return Number(text);
  }

  missing(name: string): CapError {
    const path = `${this.element.path}/${name}`;
    const empty = this.byName.has(name) ? ' is empty' : ' is missing';
    return new CapError(
      'missing_element',
      `<${this.element.name}> needs <${name}>: it${empty} (${this.section}).`,
      path,
    );
  }

  invalid(name: string, why: string, path = `${this.element.path}/${name}`): CapError {
    return new CapError('invalid_value', `${path}: ${why} (${this.section}).`, path);
  }

  private checkEnum<T extends string>(name: string, value: string, values: readonly T[], path?: string): T {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw this.invalid(name, `"${value}" is not one of ${values.join(', ')}`, path);
  }

  private toDate(name: string, text: string): Date {
    const date = parseCapDateTime(text);
    if (date) return date;
    const path = `${this.element.path}/${name}`;
    throw new CapError(
      'invalid_datetime',
      `${path}: "${text}" is not a CAP date-time, ${CAP_DATETIME_HINT} (§3.3.2).`,
      path,
    );
  }
}

/** Text of an element that must not contain elements (every CAP leaf). */
function leafText(el: XmlElement): string {
  if (el.children.length) {
    const child = el.children[0];
    throw new CapError('unknown_element', `<${el.name}> holds text only, not <${child.name}>.`, child.path);
  }
  return el.text.trim();
}
